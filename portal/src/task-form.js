// A task's Camunda form, drawn by form-js from the schema the page carries, and submitted through the task inbox's
// completion endpoint in the signed-in person's session (with the CSRF token the application sets as a cookie).
// Problems, the form's own and the server's, are listed in a GOV.UK error summary in words.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';

const root = document.querySelector('[data-task-form]');
if (root) {
  start(root).catch((error) => showProblems(root, [{ text: 'The form could not be shown: ' + error.message }]));
}

async function start(root) {
  const schema = JSON.parse(document.getElementById('task-form-schema').textContent);
  const data = JSON.parse(document.getElementById('task-form-data').textContent);
  const container = root.querySelector('.app-task-form');
  const form = new Form({ container });
  await form.importSchema(schema, data);
  const button = root.querySelector('[data-submit-task]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    const { data: submission, errors } = form.submit();
    const problems = Object.entries(errors).filter(([, messages]) => messages.length > 0)
      .map(([fieldId, messages]) => ({ text: inWords(labelOf(form, fieldId), messages), fieldId }));
    if (problems.length > 0) {
      showProblems(root, problems);
      return;
    }
    button.disabled = true;
    try {
      await complete(root.dataset.completeUrl, submission, root);
    } finally {
      button.disabled = false;
    }
  });
}

async function complete(url, submission, root) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify(submission)
  });
  if (response.ok) {
    window.location.assign(root.dataset.doneUrl);
    return;
  }
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // Not a problem document: the status alone is said below.
  }
  const listed = Array.isArray(problem.errors) ? problem.errors.map((error) => ({ text: error.message })) : [];
  showProblems(root, listed.length > 0 ? listed
    : [{ text: problem.detail || 'The task could not be completed (the server answered ' + response.status + ').' }]);
}

// form-js says "Field is required."; the summary names the field: "Decision is required."
function inWords(label, messages) {
  return messages.map((message) => message.startsWith('Field ') ? label + message.substring('Field'.length)
    : label + ': ' + message).join(' ');
}

function labelOf(form, fieldId) {
  const field = form.get('formFieldRegistry').get(fieldId);
  return (field && (field.label || field.key)) || 'A field';
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function showProblems(root, problems) {
  const summary = root.querySelector('[data-problems]');
  const list = summary.querySelector('ul');
  list.replaceChildren(...problems.map((problem) => {
    const item = document.createElement('li');
    const input = problem.fieldId && root.querySelector('.app-task-form [id*="' + CSS.escape(problem.fieldId) + '"]');
    if (input) {
      const link = document.createElement('a');
      link.href = '#' + input.id;
      link.textContent = problem.text;
      item.append(link);
    } else {
      item.textContent = problem.text;
    }
    return item;
  }));
  summary.hidden = false;
  summary.focus();
}
