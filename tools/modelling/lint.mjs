// Lints every processes/**/*.bpmn with the rules in the repository's .bpmnlintrc, and prints one line per finding
// naming the file, the element (id and name) and the rule. Fails when any finding is an error.
import { bpmnFiles, moddleWith, read, requireHere } from './bpmn-files.mjs';

const { Linter } = requireHere('bpmnlint');
const NodeResolver = requireHere('bpmnlint/lib/resolver/node-resolver');

const config = JSON.parse(read('.bpmnlintrc'));
const moddle = moddleWith(config.moddleExtensions || {});
// A linter per file: bpmnlint builds each rule once per Linter and some rules keep what they saw (such as
// no-duplicate-sequence-flows' flows by source and target), so one linter for every file reports two files that
// happen to share element ids as duplicates of each other.
const newLinter = () => new Linter({ config, resolver: new NodeResolver({ require: requireHere }) });

let errors = 0;
let warnings = 0;

function report(file, element, rule, category, message) {
  const where = element ? `${element.id}${element.name ? ` ("${element.name}")` : ''}` : '(file)';
  console.log(`${file}: ${category} ${where} [${rule}] ${message}`);
  if (category === 'error') {
    errors++;
  } else {
    warnings++;
  }
}

for (const file of bpmnFiles()) {
  let parsed;
  try {
    parsed = await moddle.fromXML(read(file));
  } catch (error) {
    report(file, null, 'bpmn-xml', 'error', `cannot be read as BPMN: ${error.message}`);
    continue;
  }
  for (const warning of parsed.warnings) {
    report(file, warning.element, 'bpmn-xml', 'error', warning.message);
  }
  const results = await newLinter().lint(parsed.rootElement);
  for (const [rule, findings] of Object.entries(results)) {
    for (const finding of findings) {
      report(file, parsed.elementsById[finding.id] || { id: finding.id }, rule, finding.category, finding.message);
    }
  }
}

const summary = `${errors} error(s), ${warnings} warning(s) in the BPMN files under processes/`;
if (errors > 0) {
  console.log(`BPMN lint failed: ${summary}.`);
  // Not process.exit(): that can cut off lines still being written to a pipe.
  process.exitCode = 1;
} else {
  console.log(`BPMN lint passed: ${summary}.`);
}
