// End-to-end harness: serves dist/ (and test fixtures) on loopback and drives Debian's
// Chromium through playwright-core. Nothing is downloaded: the browser is /usr/bin/chromium.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize, extname } from 'node:path';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const dist = join(root, 'dist');
export const fixtures = join(here, 'fixtures');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/ at / and tests/e2e/fixtures/ at /fixtures/ on 127.0.0.1, on a free port.
 * `headers(path)` may add response headers (a Content-Security-Policy, say); `gzip` compresses
 * bodies for clients that accept it.
 */
export async function serve({ headers = () => ({}), root: served = dist, gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path === '/favicon.ico') {
        // Chromium asks for it on fixture pages that name no icon; a 404 would log a console
        // error (which fails a test) at a moment that depends on timing.
        res.writeHead(204);
        res.end();
        return;
      }
      let base = served;
      if (path.startsWith('/fixtures/')) {
        base = fixtures;
        path = path.slice('/fixtures'.length);
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside the served folder');
      await stat(file);
      const body = await readFile(file);
      // `gzip`: compressed bodies, as a host's server sends them (the benchmark's slow profile).
      const zipped = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(zipped ? { 'content-encoding': 'gzip' } : {}),
        ...headers(path),
      });
      res.end(zipped ? gzipSync(body) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The app's content-hashed files (scripts/post-build.mjs). */
export const HASHED = /^\/engagement-widget-app\.[0-9a-f]{16}(\.js|_bg\.wasm)$/;

/** A host's server: the README's cache headers, ETags, and a log of what was asked for. */
export async function hostServer(initialRoot = dist, { gzip = false } = {}) {
  const state = { root: initialRoot, log: [], onRequest: () => {} };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://host').pathname);
    const file = normalize(join(state.root, path.endsWith('/') ? `${path}index.html` : path));
    let body;
    try {
      if (!file.startsWith(state.root)) throw new Error('outside');
      body = await readFile(file);
    } catch {
      state.log.push({ path, status: 404 });
      res.writeHead(path === '/favicon.ico' ? 204 : 404);
      return res.end();
    }
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    const cache = HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (req.headers['if-none-match'] === etag) {
      state.log.push({ path, status: 304 });
      res.writeHead(304, { etag, 'cache-control': cache });
      res.end();
    } else {
      state.log.push({ path, status: 200 });
      const zipped = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        etag,
        'cache-control': cache,
        ...(zipped ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(zipped ? gzipSync(body) : body);
    }
    state.onRequest(path);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = (path = '/') => `http://127.0.0.1:${server.address().port}${path}`;
  state.close = () => new Promise((resolve) => server.close(resolve));
  return state;
}

/**
 * For a test file: serves dist/ (with `serveOptions`) and launches Chromium before its tests,
 * and closes both after them. Use `env.server` and `env.browser` inside tests.
 */
export function useBrowser(serveOptions) {
  const env = {};
  before(async () => {
    env.server = await serve(serveOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** A fresh page that fails the test on any page error or console error. */
export async function openPage(
  browser,
  url,
  { colorScheme = 'light', permissions = [], origin, init, acceptDownloads = true, waitFor = true } = {}
) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, acceptDownloads });
  if (permissions.length) await context.grantPermissions(permissions, origin ? { origin } : undefined);
  // `init`: a function run in the page before its scripts, or [function, argument].
  if (init) await (Array.isArray(init) ? context.addInitScript(...init) : context.addInitScript(init));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  if (waitFor) {
    // The content renders first and the form a moment later: wait for both.
    await page.getByRole('heading', { name: /Working with|engagement/i }).first().waitFor();
    await page.getByRole('button', { name: /^Check your / }).first().waitFor();
  }
  return { page, context, problems };
}

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page (it reaches into open shadow roots) and returns violations. */
export async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  }, WCAG_TAGS);
}

/** The widget's Generated Markdown text. */
export async function markdown(page) {
  return page.getByLabel('Generated Markdown').inputValue();
}

/** Fills every field of the one-pager with valid answers, by label, as a user would. */
export async function fillComplete(page) {
  await page.getByLabel('Team name').fill('Payments Platform');
  await page.getByLabel('Point of contact').fill('Ada Lovelace');
  await page.getByLabel('Contact email').fill('ada@payments.example');
  await page.getByLabel('Problem', { exact: true }).fill('Deploys take a day and fail often.');
  await page.getByLabel('Proposed solution').fill('Pair with an aux engineer on the pipeline.');
  await page.getByLabel('Engagement goal').fill('Deploy in under an hour.');
  await page.getByLabel('Diffusion goal').fill('Every team owns its pipeline.');
  await page.getByLabel('Success measures').fill('Lead time under 1 hour\nChange failure rate under 5%');
  await page.getByLabel('Proposed start date').fill(futureDate());
  await page.getByLabel('Weekly (recommended)').check();
  for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
}

/** A date four weeks ahead, as YYYY-MM-DD. */
export function futureDate(days = 28) {
  const d = new Date(Date.now() + days * 86400000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Records mail links instead of opening a mail client, and the widget's host events. */
export function recordLinksAndEvents() {
  const click = HTMLAnchorElement.prototype.click;
  globalThis.__mailto = [];
  globalThis.__events = [];
  HTMLAnchorElement.prototype.click = function () {
    if (this.href.startsWith('mailto:')) {
      globalThis.__mailto.push(this.href);
      return;
    }
    return click.call(this);
  };
  for (const type of ['ready', 'generated', 'copied', 'draft-saved', 'error']) {
    document.addEventListener(`engagement-${type}`, (e) => globalThis.__events.push({ type: e.type, detail: e.detail }));
  }
}

/** The one-pager's live region's current message. */
export async function status(page) {
  return (await page.locator('.output .status').textContent()).trim();
}
