// Builds the portal's front end into the folder given as the first argument: GOV.UK Frontend's Sass compiled with
// the product's settings, and the scripts bundled with esbuild (each with its own CSS), all from node_modules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import * as sass from 'sass';

const out = process.argv[2];
if (!out) {
  throw new Error('Give the output folder: node build.mjs <folder>');
}
mkdirSync(out, { recursive: true });

const css = sass.compile('src/portal.scss', { loadPaths: ['node_modules'], style: 'compressed', quietDeps: true });
writeFileSync(join(out, 'portal.css'), css.css);

await esbuild.build({
  entryPoints: ['src/portal.js', 'src/task-form.js', 'src/process-view.js', 'src/tender-modeler.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  outdir: out,
  loader: { '.woff': 'file', '.woff2': 'file', '.eot': 'file', '.ttf': 'file', '.svg': 'file' },
  assetNames: '[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning'
});
