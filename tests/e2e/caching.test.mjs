// An upgrade in the middle of a visit, served the way the README tells hosts to, in Chromium:
// the page runs its own version, or says it cannot start. (A later visit coming from the cache
// runs in the engines' suite: tests/journeys/caching.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, dist, hostServer, HASHED, expectProblems, problemsOf } from './harness.mjs';

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

let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

const ready = (page) => page.getByRole('button', { name: 'Check your one-pager' }).waitFor();

test('files upgraded on the host in the middle of a visit never mix: the page runs its own version, or says it cannot start', async () => {
  const { dir, old, next } = await nextVersion();
  // The host keeps the last version's files for a while (as the README asks): the visit that
  // began with the old loader finishes with the old app, whatever is upgraded meanwhile.
  const keeping = await hostServer(dist);
  keeping.onRequest = (path) => {
    if (path === '/engagement-widget.js') keeping.root = dir; // upgraded right after the loader
  };
  await cp(join(dist), dir, { recursive: true, force: false, errorOnExist: false });
  let context = await browser.newContext();
  let page = await context.newPage();
  await page.goto(keeping.url('/'));
  await ready(page);
  const app = keeping.log.filter((r) => /engagement-widget-app/.test(r.path)).map((r) => r.path);
  assert.ok(app.length === 2 && app.every((p) => p.includes(old)), `only the old pair: ${app}`);
  assert.deepEqual(problemsOf(page), []);
  await context.close();
  await keeping.close();

  // A host that removed the old files at once: the old loader's app is gone. The widget says so
  // in words; it never runs the new glue with the old WebAssembly, or the other way round.
  // The browser logs the missing files, and the loader why it could not start.
  expectProblems(/status of 404/, /engagement-widget could not start: .*Failed to fetch dynamically imported module/s);
  const replacing = await hostServer(dist);
  const onlyNext = await mkdtemp(join(tmpdir(), 'ew-only-next-'));
  await cp(dir, onlyNext, { recursive: true });
  for (const name of await readdir(onlyNext)) {
    if (name.includes(old)) await (await import('node:fs/promises')).rm(join(onlyNext, name));
  }
  replacing.onRequest = (path) => {
    if (path === '/engagement-widget.js') replacing.root = onlyNext;
  };
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(replacing.url('/'));
  const message = page.locator('engagement-widget').getByRole('status');
  await message.getByText('The engagement guide could not be loaded: its files did not arrive', { exact: false }).waitFor();
  await message.getByText('Reload the page to try again.', { exact: false }).waitFor();
  const asked = replacing.log.filter((r) => /engagement-widget-app/.test(r.path)).map((r) => r.path);
  assert.ok(asked.length > 0 && asked.every((p) => p.includes(old)), `never the new pair: ${asked}`);
  assert.ok(!asked.some((p) => p.includes(next)));
  await context.close();
  await replacing.close();
});
