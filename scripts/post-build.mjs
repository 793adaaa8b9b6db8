// Trunk post-build hook (Trunk.toml), on what Trunk staged for dist/:
// 1. The app's glue and WebAssembly get a name with a hash of their contents, one hash for the
//    pair: `engagement-widget-app.<hash>.js` and `engagement-widget-app.<hash>_bg.wasm`. A host
//    can let browsers keep them for a year (they never change under that name), and a page
//    never runs a glue file with another version's WebAssembly: the loader names both.
// 2. The loaders hosts link by a fixed URL (`engagement-widget.js`, `embed-frame.js`) keep their
//    names; the widget's loader is told the hashed names, and both go out without their
//    comments (only comments on lines of their own, so no code or string is ever touched).
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}

const GLUE = 'engagement-widget-app.js';
const WASM = 'engagement-widget-app_bg.wasm';
const hash = createHash('sha256')
  .update(readFileSync(join(dir, GLUE)))
  .update(readFileSync(join(dir, WASM)))
  .digest('hex')
  .slice(0, 16);
const glue = `engagement-widget-app.${hash}.js`;
const wasm = `engagement-widget-app.${hash}_bg.wasm`;
renameSync(join(dir, GLUE), join(dir, glue));
renameSync(join(dir, WASM), join(dir, wasm));

for (const name of ['engagement-widget.js', 'embed-frame.js']) {
  const path = join(dir, name);
  let source = readFileSync(path, 'utf8');
  if (name === 'engagement-widget.js') {
    for (const [stable, hashed] of [[GLUE, glue], [WASM, wasm]]) {
      if (!source.includes(`'./${stable}'`)) {
        console.error(`post-build.mjs: the loader no longer names './${stable}'`);
        process.exit(1);
      }
      source = source.replaceAll(`'./${stable}'`, `'./${hashed}'`);
    }
  }
  const stripped = source
    .replace(/^[ \t]*\/\*\*[^]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '');
  writeFileSync(path, `// ${name}: engagement-widget's loader; its commented source is src/embed/${name}.\n${stripped}`);
}
