// Trunk post-build hook (Trunk.toml): the loader scripts hosts download go out without their
// comments, which are for people reading src/embed/. Only comments on lines of their own are
// taken out (`// ...` lines and `/** ... */` blocks), so no code or string is ever touched.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('strip-loader.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
for (const name of ['engagement-widget.js', 'embed-frame.js']) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const stripped = source
    .replace(/^[ \t]*\/\*\*[^]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '');
  writeFileSync(path, `// ${name}: engagement-widget's loader; its commented source is src/embed/${name}.\n${stripped}`);
}
