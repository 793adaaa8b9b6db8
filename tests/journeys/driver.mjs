// The journeys' driver: lib/engines.mjs (one small interface over Chromium, Firefox and
// WebKit) with the test hooks: a test file's server and engine, and a test that fails on any
// page error, console error or unhandled rejection in any page it opened.
import { before, after, beforeEach, afterEach } from 'node:test';
import { serve, hostServer as startHostServer } from '../../lib/server.mjs';
import { launch, ERROR_RECORDER } from '../../lib/engines.mjs';
import { Problems } from '../../lib/problems.mjs';

export { ENGINE, ENGINE_NAME, PLAIN_HOST, launch, decodePng, downloaded } from '../../lib/engines.mjs';
export { futureDate } from '../../lib/one-pager.mjs';

/** No hook may hang a run (test.sh bounds each test with --test-timeout, and ends a file's
 * process once its tests are done with --test-force-exit). */
const HOOK_LIMIT = { timeout: 120000 };

// Every page a test opens is watched; its problems fail the test unless it expects them.
let record = new Problems();
let pages = [];

/** In a test: these problems are expected (each a RegExp); each must be seen at least once. */
export function expectProblems(...patterns) {
  record.expect(...patterns);
}

/** In a test: these problems may be seen or not (what depends on timing; say why at the call). */
export function allowProblems(...patterns) {
  record.allow(...patterns);
}

let init = '';

/** In a test: `fn(arg)` runs in every page the test loads from now on, before the page's own
 * scripts (served with the page, so in every engine). */
export function initScript(fn, arg) {
  init += `;(${fn})(${JSON.stringify(arg)});\n`;
}

/** In a test: no init scripts from now on (as a fresh browser context has none). */
export function clearInitScripts() {
  init = '';
}

beforeEach(() => {
  record = new Problems();
  pages = [];
  init = '';
});

let servers = [];
// Host servers a test started: closed after it, whatever happened in it.
let hostServers = [];

/** In a test: a host's server (lib/server.mjs, `hostServer`) that loads the error recorder and the
 * test's init scripts first in every page, closed after the test. */
export async function hostServer(root, options = {}) {
  const server = await startHostServer(root, { ...options, inject: injection });
  hostServers.push(server);
  return server;
}

afterEach(async () => {
  for (const server of hostServers.splice(0)) await server.close();
  for (const server of servers) server.releaseAll();
  for (const page of pages) record.seen.push(...(page.kept ?? (await page.problems().catch(() => []))));
  record.check();
}, HOOK_LIMIT);

/** What every page a test's servers send loads first: ERROR_RECORDER (the only way WebKit's
 * errors are seen), then the test's init scripts (the test server's, and `hostServer`'s). */
const injection = () => ERROR_RECORDER + init;

/** Serves dist/ and starts the engine before a test file's tests; closes both after them. Every
 * page the server sends loads ERROR_RECORDER first (the only way WebKit's errors are seen),
 * then the test's init scripts. */
export function useEngine(serveOptions) {
  const env = {};
  before(async () => {
    env.server = await serve({ ...serveOptions, inject: injection });
    servers.push(env.server);
    env.engine = watched(await launch());
  }, HOOK_LIMIT);
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  }, HOOK_LIMIT);
  return env;
}

/** `engine`, whose pages are counted in the running test, their problems kept when closed. */
function watched(engine) {
  const open = engine.open.bind(engine);
  engine.open = async (...args) => watchPage(await open(...args));
  return engine;
}

/** `page`, and the tabs it opens, counted in the running test, their problems kept when closed. */
function watchPage(page) {
  pages.push(page);
  const close = page.close.bind(page);
  page.close = async () => {
    page.kept = await page.problems().catch(() => []);
    await close();
  };
  const tab = page.tab.bind(page);
  page.tab = async (...args) => watchPage(await tab(...args));
  return page;
}

