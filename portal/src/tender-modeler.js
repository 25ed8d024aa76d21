// The commissioners' modeler: bpmn-js with the Camunda 8 properties panel and the product's element templates (served
// by the application, so they are the ones its workers take), checking and deploying what is drawn through the
// tender models API in the signed-in person's session. Problems are listed in a GOV.UK error summary in words.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule
} from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
// The icon font as files under /assets/: the portal's content security policy allows no data: fonts.
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import './tender-modeler.css';

const root = document.querySelector('[data-tender-modeler]');
if (root) {
  start(root).catch((error) => show(root, 'problems', ['The modeler could not be started: ' + error.message]));
}

async function start(root) {
  const templates = await (await fetch(root.dataset.templatesUrl, { credentials: 'same-origin' })).json();
  const modeler = new BpmnModeler({
    container: root.querySelector('[data-canvas]'),
    propertiesPanel: { parent: root.querySelector('[data-properties]') },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      CloudElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      ZeebeBehaviorsModule
    ],
    moddleExtensions: { zeebe: zeebeModdle },
    elementTemplates: templates
  });
  await modeler.importXML(document.getElementById('tender-model-start').textContent);
  modeler.get('canvas').zoom('fit-viewport');

  root.querySelector('[data-open]').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (file) {
      try {
        await modeler.importXML(await file.text());
        modeler.get('canvas').zoom('fit-viewport');
        show(root, null, []);
      } catch (error) {
        show(root, 'problems', ['The file could not be opened as BPMN: ' + error.message]);
      }
    }
  });
  root.querySelector('[data-check]').addEventListener('click', () => send(root, modeler, root.dataset.checkUrl));
  root.querySelector('[data-deploy]').addEventListener('click', () => send(root, modeler, root.dataset.deployUrl));
  root.querySelector('[data-save]').addEventListener('click', async () => {
    const { xml } = await modeler.saveXML({ format: true });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
    link.download = processId(xml) + '.bpmn';
    link.click();
    URL.revokeObjectURL(link.href);
  });
  for (const button of root.querySelectorAll('button')) {
    button.hidden = false;
  }
}

async function send(root, modeler, url) {
  const { xml } = await modeler.saveXML({ format: true });
  const body = new FormData();
  body.append('model', new Blob([xml], { type: 'application/xml' }), processId(xml) + '.bpmn');
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body
  });
  let answer = {};
  try {
    answer = await response.json();
  } catch {
    // Not JSON: the status alone is said below.
  }
  if (!response.ok) {
    const listed = Array.isArray(answer.errors) ? answer.errors.map((error) => error.message) : [];
    show(root, 'problems', listed.length > 0 ? listed
      : [answer.detail || 'The model could not be sent (the server answered ' + response.status + ').']);
  } else if (Array.isArray(answer.problems) && answer.problems.length > 0) {
    show(root, 'problems', answer.problems);
  } else if (answer.version) {
    show(root, 'done', ['"' + answer.name + '" is deployed as version ' + answer.version + '.']);
  } else {
    show(root, 'done', ['The check found no problem: the model can be deployed.']);
  }
}

function processId(xml) {
  const found = /<bpmn:process id="([^"]+)"/.exec(xml);
  return found ? found[1] : 'tender-model';
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

// One of the two boxes above the modeler says what happened, in words; the other is hidden.
function show(root, which, lines) {
  for (const box of root.querySelectorAll('[data-outcome]')) {
    const shown = box.dataset.outcome === which;
    box.hidden = !shown;
    if (shown) {
      const list = box.querySelector('ul');
      list.replaceChildren(...lines.map((line) => {
        const item = document.createElement('li');
        item.textContent = line;
        return item;
      }));
      box.focus();
    }
  }
}
