// Later visits, served the way the README tells hosts to, in the engine ENGINE names: the app's
// content-hashed files immutable for a year, the loader and pages revalidated (ETag, 304).
// (An upgrade in the middle of a visit runs in Chromium: tests/e2e/caching.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, ENGINE } from './driver.mjs';
import { dist, hostServer, HASHED } from '../../lib/server.mjs';

const env = useEngine();

test('a later visit downloads nothing it already has: the app comes from the cache, the loader and page answer 304', async (t) => {
  if (ENGINE === 'webkit') {
    // Listed in the README's skips.
    return t.skip(
      "MiniBrowser under WebDriver fetches the WebAssembly again on a later visit (200; the app's script comes from its cache): its automation session seems to keep no cache for fetch(), whatever the headers"
    );
  }
  const server = await hostServer(dist);
  const page = await env.engine.open(server.url('/'));
  const first = server.log.splice(0);
  assert.ok(first.some((r) => HASHED.test(r.path) && r.status === 200), 'the first visit fetches the app');
  await page.goto('about:blank', { wait: false });
  await page.goto(server.url('/'));
  const later = server.log.splice(0).filter((r) => r.path !== '/favicon.ico');
  assert.deepEqual(later.filter((r) => HASHED.test(r.path)), [], 'the app is not asked for again');
  assert.ok(later.some((r) => r.path === '/engagement-widget.js'), 'the loader is revalidated');
  assert.deepEqual(later.filter((r) => r.status !== 304), [], `only 304s: ${JSON.stringify(later)}`);
  await page.close();
  await server.close();
});
