// What the lint and format scripts share: where the repository's BPMN files are, and a moddle that reads them
// with Camunda 8's (Zeebe's) extension elements.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Resolves packages from tools/modelling/node_modules, wherever the script is started from.
export const requireHere = createRequire(import.meta.url);

const { BpmnModdle } = requireHere('bpmn-moddle');

/** Every processes/**\/*.bpmn file, as paths relative to the repository, in a stable order. */
export function bpmnFiles() {
  const processes = join(repository, 'processes');
  return readdirSync(processes, { recursive: true })
    .filter((file) => file.endsWith('.bpmn'))
    .map((file) => relative(repository, join(processes, file)))
    .sort();
}

export function read(file) {
  return readFileSync(join(repository, file), 'utf8');
}

/** A moddle with the given extensions ({ prefix: 'package/path.json' }), resolved from this project. */
export function moddleWith(extensions) {
  const packages = Object.fromEntries(
    Object.entries(extensions).map(([prefix, path]) => [prefix, requireHere(path)]));
  return new BpmnModdle(packages);
}
