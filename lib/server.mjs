// Serving for tests, benchmarks and screenshots: dist/ and the test fixtures on loopback, and
// a host's server with the README's cache headers. No test framework here: scripts import it.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize, extname } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..');
export const dist = join(root, 'dist');
export const fixtures = join(root, 'tests', 'fixtures');

/** The fixture pages' Content-Security-Policy headers, as hosts send them. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
const NO_WASM_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'";

/** The headers a fixture page is served with (under /fixtures/, `path` without that prefix). */
function fixtureHeaders(path) {
  if (path === '/csp.html') return { 'content-security-policy': STRICT_CSP };
  if (path === '/csp-no-wasm.html') return { 'content-security-policy': NO_WASM_CSP };
  return {};
}

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
 * Serves dist/ at / and tests/fixtures/ at /fixtures/ on 127.0.0.1, on a free port.
 * `headers(path)` may add response headers (the fixtures' Content-Security-Policy headers by
 * default); `gzip` compresses bodies for clients that accept it; `inject`, a script's source
 * (or a function giving it), is served at /__harness/inject.js and loaded first in every HTML
 * page (allowed by 'self' in the fixtures' policies). The harness sees a page's errors from
 * its first script on in an engine whose driver reports none (WebKit's classic WebDriver), and
 * a test's init script runs before the page's own in every engine.
 */
export async function serve({ headers = fixtureHeaders, root: served = dist, gzip = false, inject } = {}) {
  const held = []; // [pattern, promise, release]: requests for a matching path wait for it
  const pages = new Map(); // path -> HTML of a page made up for a test
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      for (const [pattern, gate] of held) if (pattern.test(path)) await gate;
      if (pages.has(path)) {
        const html = pages.get(path);
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(inject ? injectInto(html) : html);
        return;
      }
      if (path === '/favicon.ico') {
        // Chromium asks for it on fixture pages that name no icon; a 404 would log a console
        // error (which fails a test) at a moment that depends on timing.
        res.writeHead(204);
        res.end();
        return;
      }
      if (inject && path === INJECTED) {
        res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
        res.end(typeof inject === 'function' ? inject() : inject);
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
      let body = await readFile(file);
      if (inject && extname(file) === '.html') body = Buffer.from(injectInto(body.toString('utf8')));
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
    /** Requests for paths matching `pattern` wait until the returned function is called (say,
     * the app's WebAssembly, to see what the page shows before it arrives). */
    hold(pattern) {
      let release;
      const entry = [pattern, new Promise((resolve) => (release = resolve))];
      entry.push(() => {
        release();
        if (held.includes(entry)) held.splice(held.indexOf(entry), 1);
      });
      held.push(entry);
      return entry[2];
    },
    /** Lets every held request go (after a test, whatever it did). */
    releaseAll() {
      for (const [, , release] of [...held]) release();
    },
    /** Serves `html` at `path` (a page made up for a test, under the server's origin). */
    page(path, html) {
      pages.set(path, html);
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () => closeServer(server),
  };
}

/** Closes `server` at once: its idle keep-alive connections too (a browser keeps them open, and
 * a plain close() would wait for them). */
function closeServer(server) {
  return new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
}

const INJECTED = '/__harness/inject.js';

/** `html` with the injected script as its first script: right after `<head>` (or at the top). */
function injectInto(html) {
  const tag = `<script src="${INJECTED}"></script>`;
  const head = html.match(/<head[^>]*>/i);
  return head ? html.replace(head[0], head[0] + tag) : tag + html;
}

/** The app's content-hashed files (scripts/post-build.mjs). */
export const HASHED = /^\/engagement-widget-app\.[0-9a-f]{16}(\.js|_bg\.wasm)$/;

/** A host's server: the README's cache headers, ETags, and a log of what was asked for.
 * `inject`, as for `serve`, is loaded first in every HTML page (and not logged). */
export async function hostServer(initialRoot = dist, { gzip = false, inject } = {}) {
  const state = { root: initialRoot, log: [], onRequest: () => {} };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://host').pathname);
    if (inject && path === INJECTED) {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
      return res.end(typeof inject === 'function' ? inject() : inject);
    }
    const file = normalize(join(state.root, path.endsWith('/') ? `${path}index.html` : path));
    let body;
    try {
      if (!file.startsWith(state.root)) throw new Error('outside');
      body = await readFile(file);
      if (inject && extname(file) === '.html') body = Buffer.from(injectInto(body.toString('utf8')));
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
  state.close = () => closeServer(server);
  return state;
}

