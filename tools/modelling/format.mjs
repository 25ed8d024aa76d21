// Camunda Modeler saves BPMN one XML element per line with two-space indentation: what bpmn-moddle's
// toXML({ format: true }) writes. `node format.mjs --check` names each file under processes/ saved otherwise and
// fails; `node format.mjs` rewrites those files that way (the model itself is unchanged: it is read and written by
// the same moddle, with Zeebe's extension elements).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bpmnFiles, moddleWith, read, repository } from './bpmn-files.mjs';

const check = process.argv.includes('--check');
const moddle = moddleWith({ zeebe: 'zeebe-bpmn-moddle/resources/zeebe.json' });

const misformatted = [];
for (const file of bpmnFiles()) {
  const saved = read(file);
  const { rootElement, warnings } = await moddle.fromXML(saved);
  if (warnings.length > 0) {
    // Writing it back would drop what could not be read: leave the file to the lint step, which names the problem.
    console.log(`${file}: not checked, it does not read cleanly as BPMN (run npm run lint)`);
    process.exitCode = 1;
    continue;
  }
  const { xml } = await moddle.toXML(rootElement, { format: true });
  // A final newline is allowed, so editors that add one do not make a file "misformatted".
  if (sameLayout(saved.replace(/\r?\n$/, ''), xml)) {
    continue;
  }
  misformatted.push(file);
  if (!check) {
    writeFileSync(join(repository, file), xml + '\n');
  }
}

/**
 * The same text, except that the namespace declarations on the root element may come in any order: they mean the
 * same, and tools (Modeler among them) keep whatever order a file had.
 */
function sameLayout(saved, formatted) {
  const declarationsInOrder = (xml) => xml.replace(/<bpmn:definitions[^>]*>/, (root) => {
    const declarations = root.match(/\sxmlns(:[\w-]+)?="[^"]*"/g) || [];
    return root.replace(/\sxmlns(:[\w-]+)?="[^"]*"/g, '') + declarations.sort().join('');
  });
  return declarationsInOrder(saved) === declarationsInOrder(formatted);
}

if (check && misformatted.length > 0) {
  for (const file of misformatted) {
    console.log(`${file}: not saved as Camunda Modeler saves it (one element per line, two-space indentation)`);
  }
  console.log(`${misformatted.length} BPMN file(s) need formatting: run npm run format in tools/modelling, `
    + 'or open and save them in Camunda Modeler.');
  process.exitCode = 1;
} else if (!check) {
  console.log(misformatted.length > 0 ? `Formatted ${misformatted.join(', ')}.` : 'Every BPMN file was formatted already.');
} else if (!process.exitCode) {
  console.log('Every BPMN file under processes/ is saved as Camunda Modeler saves it.');
}
