// Trunk post-build hook (Trunk.toml), on what Trunk staged for dist/:
// 1. The app's glue and WebAssembly get a name with a hash of their contents, one hash for the
//    pair: `engagement-widget-app.<hash>.js` and `engagement-widget-app.<hash>_bg.wasm`. A host
//    can let browsers keep them for a year (they never change under that name), and a page
//    never runs a glue file with another version's WebAssembly: the loader names both.
// 2. The loaders hosts link by a fixed URL (`engagement-widget.js`, `embed-frame.js`) keep their
//    names; the widget's loader is told the hashed names, gets the widget's stylesheet
//    (`styles/widget.css` without its comments) and its first render's words
//    (`src/embed/first-render.json`), and both go out without their comments (only comments on
//    lines of their own, so no code or string is ever touched).
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
    const css = stripCss(readFileSync(join(root, 'styles', 'widget.css'), 'utf8'));
    const words = JSON.stringify(JSON.parse(readFileSync(join(root, 'src', 'embed', 'first-render.json'), 'utf8')));
    for (const [stable, built] of [
      [`'./${GLUE}'`, `'./${glue}'`],
      [`'./${WASM}'`, `'./${wasm}'`],
      ['const WIDGET_CSS = null;', `const WIDGET_CSS = ${JSON.stringify(css)};`],
      ['const FIRST_RENDER = null;', `const FIRST_RENDER = ${words};`],
    ]) {
      if (!source.includes(stable)) {
        console.error(`post-build.mjs: the loader no longer has ${stable}`);
        process.exit(1);
      }
      source = source.replaceAll(stable, built);
    }
  }
  const stripped = source
    .replace(/^[ \t]*\/\*\*[^]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '');
  writeFileSync(path, `// ${name}: engagement-widget's loader; its commented source is src/embed/${name}.\n${stripped}`);
}

/** CSS without its comments and the blank lines they leave (the stylesheet has no string that
 *  holds a comment's opening). */
function stripCss(css) {
  const text = css.replace(/\/\*[^]*?\*\//g, '');
  const lines = [];
  for (const line of text.split('\n').map((l) => l.trimEnd())) {
    const last = lines[lines.length - 1];
    if (!(line === '' && (last === undefined || last === '' || last.endsWith('{')))) lines.push(line);
  }
  return `${lines.join('\n').trim()}\n`;
}
