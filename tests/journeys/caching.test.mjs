// Later visits and upgrades, served the way the README tells hosts to, in the engine ENGINE
// names: the app's content-hashed files immutable for a year, the loader and pages revalidated
// (ETag, 304); files upgraded in the middle of a visit never mix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEngine, ENGINE, expectProblems, hostServer } from './driver.mjs';
import { dist, HASHED } from '../../lib/server.mjs';

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
  // The page's icon is the browser's business, fetched when it likes (now and then after the
  // next navigation began): left out of both visits.
  const notIcon = (r) => !/^\/favicon\./.test(r.path);
  const first = server.log.splice(0).filter(notIcon);
  assert.ok(first.some((r) => HASHED.test(r.path) && r.status === 200), 'the first visit fetches the app');
  await page.goto('about:blank', { wait: false });
  await page.goto(server.url('/'));
  const later = server.log.splice(0).filter(notIcon);
  assert.deepEqual(later.filter((r) => HASHED.test(r.path)), [], 'the app is not asked for again');
  assert.ok(later.some((r) => r.path === '/engagement-widget.js'), 'the loader is revalidated');
  assert.deepEqual(later.filter((r) => r.status !== 304), [], `only 304s: ${JSON.stringify(later)}`);
  await page.close();
});

/** A copy of dist/ as the next version would ship it: the same app under another hash. */
async function nextVersion() {
  const dir = await mkdtemp(join(tmpdir(), 'ew-next-'));
  await cp(dist, dir, { recursive: true });
  const app = (await readdir(dir)).filter((f) => f.startsWith('engagement-widget-app.'));
  const [old] = app[0].match(/[0-9a-f]{16}/);
  const next = 'f'.repeat(16);
  for (const name of app) await rename(join(dir, name), join(dir, name.replace(old, next)));
  const loader = join(dir, 'engagement-widget.js');
  await writeFile(loader, (await readFile(loader, 'utf8')).replaceAll(old, next));
  return { dir, old, next };
}

/** The paths of the app's files that `server` was asked for. */
const appAsked = (server) => server.log.filter((r) => /engagement-widget-app/.test(r.path)).map((r) => r.path);

test('files upgraded on the host in the middle of a visit never mix: the page runs its own version, or says it cannot start', async (t) => {
  const { dir, old, next } = await nextVersion();
  const both = await mkdtemp(join(tmpdir(), 'ew-both-'));
  t.after(() => Promise.all([dir, both].map((d) => rm(d, { recursive: true, force: true }))));
  // The host keeps the last version's files for a while (as the README asks): the visit that
  // began with the old loader finishes with the old app, whatever is upgraded meanwhile.
  const keeping = await hostServer(dist);
  await cp(dist, both, { recursive: true });
  await cp(dir, both, { recursive: true, force: true });
  keeping.onRequest = (path) => {
    if (path === '/engagement-widget.js') keeping.root = both; // upgraded right after the loader
  };
  let page = await env.engine.open(keeping.url('/'));
  const app = appAsked(keeping);
  assert.ok(app.length === 2 && app.every((p) => p.includes(old)), `only the old pair: ${app}`);
  await page.close();

  // A host that removed the old files at once: the old loader's app is gone. The widget says so
  // in words; it never runs the new glue with the old WebAssembly, or the other way round. The
  // loader logs why it could not start (each engine in its own words); Chromium logs the missing
  // files, Firefox the module it refused (a 404 names no script type).
  const engines = {
    chromium: [/Failed to load resource: the server responded with a status of 404/],
    firefox: [/Loading module from .*engagement-widget-app\.[0-9a-f]{16}\.js.* was blocked because of a disallowed MIME type/],
    webkit: [],
  };
  expectProblems(/engagement-widget could not start: /, ...engines[ENGINE]);
  const replacing = await hostServer(dist);
  replacing.onRequest = (path) => {
    if (path === '/engagement-widget.js') replacing.root = dir;
  };
  page = await env.engine.open(replacing.url('/'), { wait: false });
  await page.until((h) => /The engagement guide could not be loaded: its files did not arrive.*Reload the page to try again\./.test(h.text({ css: '[role=status]' })));
  const asked = appAsked(replacing);
  assert.ok(asked.length > 0 && asked.every((p) => p.includes(old)), `only the old pair: ${asked}`);
  assert.ok(!asked.some((p) => p.includes(next)), `never the new pair: ${asked}`);
  await page.close();
});
