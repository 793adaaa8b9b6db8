// The built dist/: the loader under its stable name, the app under hashed names, and pages a
// strict CSP can serve. (What the demo page shows runs in every engine: tests/journeys/.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dist } from '../lib/server.mjs';

test('dist/ has the loader under its stable name, the app under hashed names, and no inline scripts or style attributes', async () => {
  const files = await readdir(dist);
  for (const name of ['index.html', 'engagement-widget.js', 'embed.html', 'embed-frame.js']) {
    assert.ok(files.includes(name), `dist/${name} exists`);
  }
  const app = files.filter((f) => f.startsWith('engagement-widget-app'));
  assert.equal(app.length, 2, app.join(', '));
  const [hash] = app[0].match(/\.([0-9a-f]{16})[._]/)?.slice(1) ?? [];
  assert.ok(hash, app[0]);
  assert.deepEqual(app.sort(), [`engagement-widget-app.${hash}.js`, `engagement-widget-app.${hash}_bg.wasm`]);
  const loader = await readFile(join(dist, 'engagement-widget.js'), 'utf8');
  assert.ok(loader.includes(`'./engagement-widget-app.${hash}.js'`) && loader.includes(`'./engagement-widget-app.${hash}_bg.wasm'`), 'the loader names the pair');
  for (const name of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(dist, name), 'utf8');
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const [, attributes, body] = script;
      if (/type=["']application\/json["']/i.test(attributes)) continue;
      assert.equal(body.trim(), '', `${name}: inline script body`);
      assert.match(attributes, /\bsrc=/, `${name}: script without src`);
    }
    assert.doesNotMatch(html, /\sstyle=/i, `${name}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${name}: inline event handler`);
  }
});
