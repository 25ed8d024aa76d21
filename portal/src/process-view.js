// Where a process is: bpmn-js draws the model the page links to and marks the steps the page names as passed and
// current. The page says the same in words, so nothing depends on this picture.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

for (const container of document.querySelectorAll('[data-process-view]')) {
  show(container).catch(() => {
    container.textContent = 'The diagram could not be shown; the stage is described above.';
  });
}

async function show(container) {
  const response = await fetch(container.dataset.modelUrl, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error('model ' + response.status);
  }
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(await response.text());
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const mark = (ids, marker) => ids.split(' ').filter((id) => id && registry.get(id))
    .forEach((id) => canvas.addMarker(id, marker));
  mark(container.dataset.passed || '', 'app-passed-step');
  mark(container.dataset.current || '', 'app-current-step');
  canvas.zoom('fit-viewport');
}
