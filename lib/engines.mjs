// The browser driver: one small interface over three engines, so the same journeys run in
// each (tests/journeys/driver.mjs adds the test hooks; scripts use it as it is). ENGINE picks the engine:
//   chromium  Debian's chromium, through puppeteer-core (CDP);
//   firefox   Debian's firefox-esr, through puppeteer-core (WebDriver BiDi);
//   webkit    WebKitGTK's MiniBrowser, through WebKitWebDriver (classic WebDriver, with
//             selenium-webdriver) under an Xvfb display this driver starts.
// Nothing is downloaded: every browser and driver is a Debian package (scripts/setup.sh).
//
// Pages are driven as a person would: clicks land on coordinates (WebKit's element click on an
// input inside a shadow root hits the host element instead), keys are typed through the
// engine's own input pipeline. What a test reads, it reads in the page (`run`), with the
// helpers below; `until` waits for something to become true instead of sleeping.
import { spawn, execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

export const ENGINE = (process.env.ENGINE || 'chromium').toLowerCase();
export const ENGINE_NAME = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[ENGINE];
if (!ENGINE_NAME) throw new Error(`ENGINE must be chromium, firefox or webkit, not ${ENGINE}`);

const WAIT_MS = 20000;

/** A host name that reaches this machine's loopback but is not "potentially trustworthy", as an
 * intranet host on plain http: a page there is no secure context (no navigator.clipboard). Each
 * engine maps it to 127.0.0.1 its own way: Chromium by a resolver rule, Firefox by its
 * local-domains preference, WebKit through a proxy on loopback that this driver runs. */
export const PLAIN_HOST = 'intranet.test';

/** The page-side helpers: `h` in every function given to `run` and `until`. They work in the
 * page, or in the same-origin frame `frame` selects (`Page.frame`): `h.doc()` and `h.win()` are
 * that document and its window, and `h.point` gives the page's coordinates. */
const HELPERS = (frame) => `((frame) => {
  const doc = () => {
    if (!frame) return document;
    const el = document.querySelector(frame);
    if (!el || !el.contentDocument) throw new Error('no frame ' + frame);
    return el.contentDocument;
  };
  const win = () => doc().defaultView;
  /** Resolves once the next frame has been painted (two animation frames). */
  const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const widget = (sel) => {
    const el = doc().querySelector(sel || 'engagement-widget');
    if (!el) throw new Error('no widget ' + (sel || ''));
    return el;
  };
  const root = (sel) => {
    const r = widget(sel).shadowRoot;
    if (!r) throw new Error('no shadow root');
    return r;
  };
  const all = (spec) => {
    const r = root(spec.in);
    if (spec.css) return [...r.querySelectorAll(spec.css)].filter((e) => spec.text === undefined || norm(e.textContent).includes(spec.text));
    if (spec.label) {
      const labels = [...r.querySelectorAll('label')];
      const found = labels.filter((l) => norm(l.textContent) === spec.label);
      const near = found.length ? found : labels.filter((l) => norm(l.textContent).startsWith(spec.label));
      return near.map((l) => r.getElementById(l.htmlFor)).filter(Boolean);
    }
    const tag = spec.button ? 'button' : spec.link ? 'a' : null;
    if (tag) return [...r.querySelectorAll(tag)].filter((e) => norm(e.textContent) === (spec.button || spec.link));
    if (spec.text) return [...r.querySelectorAll('summary, p, h1, h2, h3, li, a, button')].filter((e) => norm(e.textContent) === spec.text);
    throw new Error('bad spec ' + JSON.stringify(spec));
  };
  const find = (spec) => {
    const found = all(spec);
    const el = found[spec.nth || 0];
    if (!el) throw new Error('not found: ' + JSON.stringify(spec));
    return el;
  };
  const has = (spec) => all(spec).length > (spec.nth || 0);
  const labelOf = (el) => {
    if (!el) return null;
    const r = el.getRootNode();
    const l = el.id && r.querySelector('label[for="' + el.id + '"]');
    return l ? norm(l.textContent) : el.className || norm(el.textContent);
  };
  /** What has focus inside the widget: its label, else its class, else its text. */
  const focused = (sel) => labelOf(root(sel).activeElement);
  const point = (spec) => {
    const el = find(spec);
    // The first line's box: a link that wraps has a gap in the middle of its bounding box.
    const box = () => el.getClientRects()[0] || el.getBoundingClientRect();
    const b = box();
    if (b.top < 0 || b.bottom > win().innerHeight || b.left < 0 || b.right > win().innerWidth) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const r = box();
    // In a frame: where the frame's viewport sits in the page's (inside its border and padding).
    let ox = 0;
    let oy = 0;
    if (frame) {
      const f = document.querySelector(frame);
      const fb = f.getBoundingClientRect();
      const fs = getComputedStyle(f);
      ox = fb.left + parseFloat(fs.borderLeftWidth) + parseFloat(fs.paddingLeft);
      oy = fb.top + parseFloat(fs.borderTopWidth) + parseFloat(fs.paddingTop);
    }
    const x = ox + (spec.dx === undefined ? r.left + r.width / 2 : r.left + spec.dx);
    return { x: Math.round(x), y: Math.round(oy + r.top + r.height / 2) };
  };
  const value = (spec) => {
    const el = find(spec);
    return el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
  };
  const text = (spec) => norm(find(spec).textContent);
  const status = (sel) => norm(root(sel).querySelector('.output .status')?.textContent);
  const markdown = (sel) => find({ in: sel, label: 'Generated Markdown' }).value;
  return { doc, win, painted, norm, widget, root, all, find, has, focused, point, value, text, status, markdown };
})(${JSON.stringify(frame)})`;

export async function launch() {
  if (ENGINE === 'webkit') return launchWebKit();
  return launchPuppeteer();
}

/** What every engine's page offers; subclasses add the native input. */
class Page {
  constructor() {
    this.errors = [];
  }

  /** Runs `fn(h, ...args)` in the page and returns its (awaited) result. */
  async run(fn, ...args) {
    const code = `return (async () => (${fn})(${HELPERS(this.frameSel ?? null)}, ...${JSON.stringify(args)}))()`;
    return this.exec(code);
  }

  /** Waits until `fn(h, ...args)` is truthy in the page (errors count as false); returns it. */
  async until(fn, ...args) {
    const end = Date.now() + WAIT_MS;
    let last;
    for (;;) {
      try {
        const v = await this.run(fn, ...args);
        if (v) return v;
        last = v;
      } catch (error) {
        last = error.message.split('\n')[0];
      }
      if (Date.now() > end) throw new Error(`timed out waiting for ${fn} ${JSON.stringify(args)} (last: ${last})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** From now on, `run`, `until` and every action work in the same-origin frame `css` selects
   * (null: the page again); coordinates stay the page's. */
  frame(css) {
    this.frameSel = css;
  }

  /** Waits for the widget (or the one `sel` names) to show its form. */
  async ready(sel) {
    await this.until((h, sel) => h.has({ in: sel, button: 'Check your one-pager' }), sel);
  }

  async click(spec) {
    const at = await this.settledPoint(spec);
    await this.clickAt(at.x, at.y);
  }

  /** Where the element `spec` names is once the page has settled: an engine may still scroll
   * after a change (Firefox brings a field's selection back into view a frame later). */
  async settledPoint(spec) {
    let at = await this.until((h, spec) => h.point(spec), spec);
    for (let i = 0, same = 0; i < 30 && same < 3; i++) {
      const again = await this.run(async (h, spec) => {
        await h.painted();
        return h.point(spec);
      }, spec);
      same = again.x === at.x && again.y === at.y ? same + 1 : 0;
      at = again;
    }
    return at;
  }

  /** Moves the pointer over the element `spec` names (where a click would land). */
  async hover(spec) {
    const at = await this.settledPoint(spec);
    await this.moveTo(at.x, at.y);
  }

  /** Replaces a text field's answer with `text`, typed key by key. */
  async fill(spec, text) {
    await this.click(spec);
    // Select what is there, to type over it. (Not select(): Firefox then scrolls the
    // selection into view a while later, under the next click.)
    const had = await this.run((h, spec) => {
      const el = h.find(spec);
      if (!el.value) return false;
      try {
        el.setSelectionRange(0, el.value.length);
      } catch {
        el.select(); // a number field has no selection range
      }
      return true;
    }, spec);
    if (had && text === '') await this.press('Backspace');
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.press('Enter');
      if (line) await this.type(line);
    }
  }

  /** Ticks a checkbox or radio button by clicking it, unless it is ticked. */
  async check(spec) {
    if (!(await this.run((h, spec) => h.find(spec).checked, spec))) await this.click(spec);
  }

  /** Types a date (YYYY-MM-DD) into a date field, its parts in the order the field shows. */
  async typeDate(spec, date) {
    const [year, month, day] = date.split('-');
    await this.click({ ...spec, dx: 12 });
    const order = await this.run(() =>
      new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 0, 2)).map((p) => p.type).filter((t) => t !== 'literal')
    );
    // With a / between the parts, as the field's hint says: WebKit's date box does not move
    // to the next part by itself.
    await this.type(order.map((part) => ({ year, month, day })[part]).join('/'));
  }

  /** How many pixels inside the element (less `spec.inset` px at each edge) are not the colour
   * of its first inner pixel: 0 for a box with nothing drawn in it. */
  async ink(spec) {
    const rect = () =>
      this.run(async (h, spec) => {
        const el = h.find(spec);
        el.scrollIntoView({ block: 'center' });
        // A screenshot shows the last frame painted: let the scrolled one be painted first.
        await h.painted();
        const b = el.getBoundingClientRect();
        return { x: Math.ceil(b.left), y: Math.ceil(b.top), w: Math.floor(b.width), h: Math.floor(b.height), dpr: devicePixelRatio };
      }, spec);
    // The element's place must be the same before and after the screenshot: a page still
    // settling would put other ink there.
    let r = await rect();
    let png;
    for (let i = 0; i < 20; i++) {
      png = decodePng(await this.png());
      const again = await rect();
      if (JSON.stringify(again) === JSON.stringify(r)) break;
      r = again;
    }
    const s = r.dpr;
    const inset = (spec.inset ?? 0) * s;
    const x0 = Math.round(r.x * s + inset), y0 = Math.round(r.y * s + inset);
    const x1 = Math.round((r.x + r.w) * s - inset), y1 = Math.round((r.y + r.h) * s - inset);
    const at = (x, y) => png.pixels.readUInt32BE((y * png.width + x) * 4);
    const background = at(x0, y0);
    let count = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (at(x, y) !== background) count++;
    return count;
  }

  /** Page errors and console errors seen so far (WebKit: those the page's own listeners saw). */
  async problems() {
    return this.errors;
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium and Firefox: puppeteer-core.

const FIREFOX_PREFS = {
  // Downloads go straight to the test's folder, with no panel taking focus.
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
  'browser.download.panel.shown': true,
  'browser.download.start_downloads_in_tmp_dir': false,
  // The asynchronous clipboard can be read back without a paste prompt (tests only).
  'dom.events.testing.asyncClipboard': true,
  'dom.events.asyncClipboard.readText': true,
  'dom.events.asyncClipboard.clipboardItem': true,
  // PLAIN_HOST is this machine (the loopback address).
  'network.dns.localDomains': PLAIN_HOST,
  // Quiet: no first-run pages, no updates, no telemetry.
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

/** Firefox's preference for the page's colour scheme: 0 dark, 1 light (set in both Firefoxes,
 * so that the machine's own theme never decides). */
const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';

async function launchPuppeteer() {
  const { default: puppeteer } = await import('puppeteer-core');
  const downloads = await mkdtemp(join(tmpdir(), 'ew-downloads-'));
  const browser =
    ENGINE === 'firefox'
      ? await puppeteer.launch({
          browser: 'firefox',
          executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
          headless: true,
          extraPrefsFirefox: { ...FIREFOX_PREFS, 'browser.download.dir': downloads, [SCHEME_PREF]: 1 },
        })
      : await puppeteer.launch({
          browser: 'chrome',
          executablePath: CHROMIUM,
          headless: true,
          args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`],
        });
  // Firefox's driver cannot set the page's colour scheme (puppeteer does it over CDP only): a
  // page in the dark scheme opens in a second Firefox whose preference says dark, started when
  // first needed.
  let darkFirefox = null;
  return {
    name: ENGINE_NAME,
    version: await browser.version(),
    downloads,
    /** Opens `url` in a fresh context; `scheme` is the page's colour scheme ('light', the
     * default, or 'dark'). */
    async open(url, { wait = true, scheme = 'light' } = {}) {
      let owner = browser;
      if (ENGINE === 'firefox' && scheme === 'dark') {
        darkFirefox ??= puppeteer
          .launch({
            browser: 'firefox',
            executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
            headless: true,
            extraPrefsFirefox: { ...FIREFOX_PREFS, 'browser.download.dir': downloads, [SCHEME_PREF]: 0 },
          })
          .catch((error) => {
            darkFirefox = null; // the next page in the dark scheme tries again
            throw error;
          });
        owner = await darkFirefox;
      }
      const context = await owner.createBrowserContext(
        ENGINE === 'chromium' ? { downloadBehavior: { policy: 'allow', downloadPath: downloads } } : {}
      );
      // (No permission can be granted to an insecure context.)
      if (ENGINE === 'chromium' && new URL(url).hostname !== PLAIN_HOST) {
        await context.overridePermissions(new URL(url).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      }
      const raw = await context.newPage();
      await raw.setViewport({ width: 1280, height: 900 });
      if (ENGINE === 'chromium') await raw.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const page = new PuppeteerPage(raw, context);
      page.scheme = scheme;
      await page.goto(url, { wait });
      return page;
    },
    async close() {
      const dark = darkFirefox;
      await Promise.allSettled([dark?.then((b) => b.close()), browser.close()]);
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

class PuppeteerPage extends Page {
  constructor(page, context, tab = false) {
    super();
    this.page = page;
    this.context = context;
    this.isTab = tab;
    page.on('pageerror', (error) => this.errors.push(`page error: ${error.message}`));
    this.pending = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // Firefox's driver gives an object argument as "JSHandle@object": each argument is
      // written as the page's String() would.
      const text = Promise.all(message.args().map((arg) => arg.evaluate((v) => String(v)).catch(() => String(arg))))
        .then((parts) => (parts.length ? parts.join(' ') : message.text()))
        .catch(() => message.text());
      this.pending.push(text.then((t) => this.errors.push(`console error: ${t}`)));
    });
  }

  async problems() {
    await Promise.all(this.pending);
    return this.errors;
  }

  /** Brings this tab to the front of its context if another was there (a tab behind another
   * paints no frames, and what waits for one would wait for ever). */
  async focus() {
    if (this.context.front && this.context.front !== this.page) await this.page.bringToFront();
    this.context.front = this.page;
  }

  async exec(code) {
    await this.focus();
    return this.page.evaluate(`(async () => { ${code} })()`);
  }

  async goto(url, { wait = true } = {}) {
    await this.focus();
    await this.page.goto(url);
    if (wait) await this.ready();
  }

  async reload({ wait = true } = {}) {
    await this.focus();
    await this.page.reload();
    if (wait) await this.ready();
  }

  async clickAt(x, y) {
    await this.focus();
    await this.page.mouse.click(x, y);
  }

  async moveTo(x, y) {
    await this.focus();
    await this.page.mouse.move(x, y);
  }

  /** Sets the size of the page's viewport, in CSS pixels. */
  async viewport(width, height) {
    await this.focus();
    await this.page.setViewport({ width, height });
  }

  /** Moves the pointer to the viewport's corner, so that no element keeps a hover style. */
  async pointerAway() {
    await this.focus();
    await this.page.mouse.move(0, 0);
  }

  async type(text) {
    await this.focus();
    await this.page.keyboard.type(text);
  }

  async press(key) {
    await this.focus();
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }

  async screenshot(path) {
    await this.page.screenshot({ path });
  }

  async png() {
    await this.focus();
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }

  /** A PNG of the element `css` selects in the page (not in a shadow root), as painted. */
  async elementPng(css) {
    await this.focus();
    const el = await this.page.$(css);
    if (!el) throw new Error(`not found: ${css}`);
    return Buffer.from(await el.screenshot({ type: 'png' }));
  }

  /** What the clipboard holds as `type`, read in the page (permission granted, or Firefox's
   * testing preference: no paste prompt). */
  async clipboard(type = 'text/plain') {
    return this.run(async (h, type) => {
      for (const item of await navigator.clipboard.read()) {
        if (item.types.includes(type)) return (await item.getType(type)).text();
      }
      return null;
    }, type);
  }
  /** The types the clipboard holds (in the page, as the page can read them). */
  async clipboardTypes() {
    return this.run(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  }

  /** The page printed to PDF (A4, backgrounds printed), as the print dialog would. */
  async pdf() {
    await this.focus();
    return Buffer.from(await this.page.pdf({ format: 'A4', printBackground: true }));
  }

  /** Puts `text` on the clipboard, written in the page (a secure one). */
  async setClipboard(text) {
    await this.run((h, text) => navigator.clipboard.writeText(text), text);
  }


  /** Another tab beside this page, in the same browser context (so the same storage), at `url`. */
  async tab(url, { wait = true } = {}) {
    const raw = await this.context.newPage();
    await raw.setViewport({ width: 1280, height: 900 });
    if (ENGINE === 'chromium') await raw.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: this.scheme }]);
    const tab = new PuppeteerPage(raw, this.context, true);
    tab.scheme = this.scheme;
    this.context.front = raw;
    await tab.goto(url, { wait });
    return tab;
  }

  async close() {
    if (this.context.front === this.page) this.context.front = null;
    if (this.isTab) await this.page.close();
    else await this.context.close();
  }
}

/** In a page, before its own scripts: records its uncaught errors and unhandled rejections
 * and console errors in `__pageErrors` (for WebKit, whose driver reports none; `serve({ inject })`
 * loads it). */
export const ERROR_RECORDER = `
globalThis.__pageErrors = [];
addEventListener('error', (e) => __pageErrors.push('page error: ' + (e.error?.message ?? e.message)));
addEventListener('unhandledrejection', (e) => __pageErrors.push('page error: ' + (e.reason?.message ?? e.reason)));
{
  const error = console.error;
  console.error = function (...args) {
    __pageErrors.push('console error: ' + args.map(String).join(' '));
    return error.apply(this, args);
  };
}
`;

// ---------------------------------------------------------------------------------------------
// WebKit: WebKitWebDriver and MiniBrowser under Xvfb.

const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** The processes this driver started, ended when the test process ends however it ends. */
const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));
const started = (child) => {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
};

/** Starts Xvfb on a free display; resolves to its number and the process. */
async function startXvfb() {
  const xvfb = started(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  }));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { display: `:${display}`, xvfb };
}

/** `promise`, or an error after `ms`. */
function within(ms, message, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]).finally(() => clearTimeout(timer));
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function launchWebKit() {
  const { Builder } = await import('selenium-webdriver');
  const binary = process.env.MINIBROWSER ?? MINIBROWSER_PATHS.find((p) => existsSync(p));
  if (!binary) throw new Error('MiniBrowser not found (Debian package webkit2gtk-driver)');
  const { display, xvfb } = await startXvfb();
  const downloads = await mkdtemp(join(tmpdir(), 'ew-downloads-'));
  // Intl needs a real locale (with LANG=C it throws). MiniBrowser keeps its files in a home of
  // its own, and saves downloads where that home's user-dirs.dirs says: the test's folder.
  const home = await mkdtemp(join(tmpdir(), 'ew-webkit-home-'));
  await mkdir(join(home, '.config'));
  await writeFile(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const env = { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  };
  const { stdout } = await promisify(execFile)('dpkg-query', ['-W', '-f', 'WebKitGTK ${Version}', 'webkit2gtk-driver']).catch(() => ({ stdout: 'WebKitGTK' }));
  const sessions = new Set();
  let proxy = null;
  return {
    name: ENGINE_NAME,
    version: stdout.trim(),
    downloads,
    display,
    // WebKitWebDriver runs one session at a time: each page gets a driver (and MiniBrowser).
    // Now and then a MiniBrowser never answers the new session (about one start in 40 here):
    // that start is abandoned and another made, up to three. Only the start is retried:
    // loading the page and the widget is not.
    // The page's colour scheme (`scheme`: 'light', the default, or 'dark') is GTK's theme, which
    // WebKitGTK follows: set for the page's own driver and MiniBrowser.
    // A page on PLAIN_HOST gets a session whose requests go through the loopback proxy.
    async open(url, { wait = true, scheme = 'light' } = {}) {
      let session, driver;
      const themed = { ...env, GTK_THEME: scheme === 'dark' ? 'Adwaita:dark' : 'Adwaita' };
      let wanted = capabilities;
      if (new URL(url).hostname === PLAIN_HOST) {
        proxy ??= loopbackProxy();
        wanted = { ...capabilities, proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${(await proxy).port}` } };
      }
      for (let attempt = 1; ; attempt++) {
        const port = await freePort();
        driver = started(spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env: themed, stdio: 'ignore' }));
        session = null;
        try {
          const server = `http://127.0.0.1:${port}`;
          for (let i = 0; ; i++) {
            try {
              await fetch(`${server}/status`);
              break;
            } catch (error) {
              if (i > 100) throw error;
              await new Promise((r) => setTimeout(r, 100));
            }
          }
          session = await within(30000, 'MiniBrowser did not start', new Builder().usingServer(server).withCapabilities(wanted).build());
          await session.manage().setTimeouts({ script: 30000, pageLoad: 30000 });
          break;
        } catch (error) {
          if (session) await within(5000, 'quit', session.quit()).catch(() => {});
          driver.kill();
          if (attempt >= 3) throw error;
        }
      }
      const entry = { session, driver };
      sessions.add(entry);
      await session.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
      const page = new WebKitPage(session, () => sessions.delete(entry) && driver.kill(), display);
      page.handle = await session.getWindowHandle();
      session.current = page.handle;
      await page.goto(url, { wait });
      return page;
    },
    async close() {
      for (const { session, driver } of sessions) {
        await session.quit().catch(() => {});
        driver.kill();
      }
      xvfb.kill();
      if (proxy) (await proxy).close();
      await rm(downloads, { recursive: true, force: true });
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** An HTTP proxy on loopback that takes requests for PLAIN_HOST (and loopback) to 127.0.0.1,
 * at the port asked for; anything else is refused (nothing leaves the machine). */
async function loopbackProxy() {
  const { createServer, request } = await import('node:http');
  const server = createServer((req, res) => {
    let target;
    try {
      target = new URL(req.url);
    } catch {
      target = null;
    }
    if (!target || ![PLAIN_HOST, '127.0.0.1', 'localhost'].includes(target.hostname)) {
      res.writeHead(502);
      return res.end();
    }
    const upstream = request(
      { host: '127.0.0.1', port: target.port || 80, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', () => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502);
      res.end();
    });
    // The browser gave up on it: so does the proxy.
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => server.close() };
}

class WebKitPage extends Page {
  constructor(session, forget, display) {
    super();
    this.session = session;
    this.forget = forget;
    this.display = display;
  }

  /** Makes this page's window the session's current one (a session may hold several tabs). */
  async focus() {
    if (this.handle && this.session.current !== this.handle) {
      await this.session.switchTo().window(this.handle);
      this.session.current = this.handle;
    }
  }

  async exec(code) {
    await this.focus();
    return this.session.executeScript(code);
  }

  /** Another tab beside this page: a new window of the same session, so the same storage (a
   * window rather than a tab: MiniBrowser paints no frames in a tab behind another, and what
   * waits for a frame would wait for ever). */
  async tab(url, { wait = true } = {}) {
    await this.focus();
    await this.session.switchTo().newWindow('window');
    const tab = new WebKitPage(this.session, () => {}, this.display);
    tab.handle = await this.session.getWindowHandle();
    tab.isTab = true;
    this.session.current = tab.handle;
    await tab.goto(url, { wait });
    return tab;
  }

  /** Page errors, from the page's own listeners (classic WebDriver has no log): those of
   * ERROR_RECORDER, which the test server loads first in every page; on a page served without
   * it, listeners added now (which miss what went wrong during the load). */
  async watch() {
    await this.exec(`if (!globalThis.__pageErrors) { ${ERROR_RECORDER} }`);
  }

  /** What the page and its same-origin frames recorded so far, moved into `errors` (a
   * navigation would lose it). */
  async problems() {
    this.errors.push(
      ...(await this.exec(`
        const windows = [globalThis];
        for (let i = 0; i < frames.length; i++) {
          try {
            if (frames[i].__pageErrors) windows.push(frames[i]);
          } catch {} // another origin's frame
        }
        return windows.flatMap((w) => (w.__pageErrors ? w.__pageErrors.splice(0) : []));`))
    );
    return this.errors;
  }

  async goto(url, { wait = true } = {}) {
    await this.problems().catch(() => {});
    await this.focus();
    await this.session.get(url);
    await this.watch();
    if (wait) await this.ready();
  }

  async reload({ wait = true } = {}) {
    await this.problems();
    await this.focus();
    await this.session.navigate().refresh();
    await this.watch();
    if (wait) await this.ready();
  }

  /** Sets the size of the window, so that the page's viewport is `width` by `height`. */
  async viewport(width, height) {
    await this.focus();
    const inner = await this.exec('return [innerWidth, innerHeight, outerWidth, outerHeight]');
    await this.session.manage().window().setRect({ width: width + inner[2] - inner[0], height: height + inner[3] - inner[1] });
  }

  async clickAt(x, y) {
    await this.focus();
    const { Origin } = await import('selenium-webdriver');
    await this.session.actions({ async: true }).move({ x, y, origin: Origin.VIEWPORT }).click().perform();
  }

  async pointerAway() {
    await this.moveTo(0, 0);
  }

  async moveTo(x, y) {
    await this.focus();
    const { Origin } = await import('selenium-webdriver');
    await this.session.actions({ async: true }).move({ x, y, origin: Origin.VIEWPORT }).perform();
  }

  async type(text) {
    await this.focus();
    await this.session.actions({ async: true }).sendKeys(text).perform();
  }

  async press(key) {
    await this.focus();
    const { Key } = await import('selenium-webdriver');
    const k = {
      Tab: Key.TAB,
      Enter: Key.ENTER,
      Backspace: Key.BACK_SPACE,
      Space: Key.SPACE,
      Escape: Key.ESCAPE,
      ArrowDown: Key.ARROW_DOWN,
      ArrowUp: Key.ARROW_UP,
      ArrowLeft: Key.ARROW_LEFT,
      ArrowRight: Key.ARROW_RIGHT,
      End: Key.END,
      Home: Key.HOME,
    }[key];
    if (!k) throw new Error(`no key ${key}`);
    await this.session.actions({ async: true }).sendKeys(k).perform();
  }

  async screenshot(path) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, await this.png());
  }

  async png() {
    await this.focus();
    return Buffer.from(await this.session.takeScreenshot(), 'base64');
  }

  /** A PNG of the whole element `css` selects in the page (not in a shadow root), as painted.
   * WebKitWebDriver's screenshots show the viewport only: the page is scrolled through the
   * element, and the slices are put together. */
  async elementPng(css) {
    await this.focus();
    let picture = null;
    for (let row = 0, done = 0; ; ) {
      const at = await this.run(
        async (h, css, row) => {
          const el = document.querySelector(css);
          if (!el) throw new Error('not found: ' + css);
          scrollTo(scrollX, el.getBoundingClientRect().top + scrollY + row);
          await h.painted();
          const b = el.getBoundingClientRect();
          return { x: b.left, y: b.top, w: b.width, h: b.height, vh: innerHeight, dpr: devicePixelRatio };
        },
        css,
        row
      );
      const s = at.dpr;
      const shot = PNG.sync.read(await this.png());
      picture ??= new PNG({ width: Math.round(at.w * s), height: Math.round(at.h * s) });
      // The element's rows on screen now (its top `top` device pixels from the viewport's).
      const top = Math.round(at.y * s);
      const left = Math.round(at.x * s);
      if (left < 0 || left + picture.width > shot.width) throw new Error(`${css} is wider than the viewport`);
      const first = Math.max(0, -top);
      const last = Math.min(picture.height, shot.height - top, Math.round(at.vh * s) - top);
      if (first > done || last <= done) throw new Error(`${css}: rows ${done} on are not on screen (the page scrolls no further)`);
      for (let y = first; y < last; y++) {
        const from = ((top + y) * shot.width + left) * 4;
        shot.data.copy(picture.data, y * picture.width * 4, from, from + picture.width * 4);
      }
      done = last;
      if (done >= picture.height) break;
      // The next slice overlaps this one by a row, so that no row is left out at a seam.
      row = Math.floor((done - 1) / s);
    }
    return PNG.sync.write(picture);
  }

  /** What the X clipboard holds, as `type` (MiniBrowser copies to the display's clipboard;
   * reading it in the page would need a paste prompt). WebKitGTK hands plain text to the X
   * clipboard with CRLF line breaks (its platform's convention): read back with the line
   * breaks the page wrote, as the other engines give it. */
  async clipboard(type = 'text/plain') {
    const { stdout } = await promisify(execFile)('xclip', ['-o', '-selection', 'clipboard', '-t', type], {
      env: { ...process.env, DISPLAY: this.display },
      maxBuffer: 64 * 1024 * 1024,
    });
    return type === 'text/plain' ? stdout.replace(/\r\n/g, '\n') : stdout;
  }
  /** The types the X clipboard holds, as the web names them (text/plain, text/html); the X
   * clipboard's own targets (TARGETS, UTF8_STRING, ...) are left out. */
  async clipboardTypes() {
    const { stdout } = await promisify(execFile)('xclip', ['-o', '-selection', 'clipboard', '-t', 'TARGETS'], {
      env: { ...process.env, DISPLAY: this.display },
    });
    return [...new Set(stdout.split('\n').filter((t) => /^text\//.test(t)).map((t) => t.split(';')[0]))];
  }

  /** Puts `text` on the X clipboard (xclip keeps it until another program takes it). */
  async setClipboard(text) {
    await new Promise((resolve, reject) => {
      const xclip = spawn('xclip', ['-i', '-selection', 'clipboard'], { env: { ...process.env, DISPLAY: this.display }, stdio: ['pipe', 'ignore', 'ignore'] });
      xclip.on('error', reject);
      xclip.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`xclip exited ${code}`))));
      xclip.stdin.end(text);
    });
  }


  async close() {
    if (this.isTab) {
      await this.focus();
      await this.session.close();
      this.session.current = null;
      return;
    }
    await this.session.quit().catch(() => {});
    this.forget();
  }
}

/** Decodes a PNG screenshot into RGBA pixels (`pngjs`). */
export function decodePng(buffer) {
  const { width, height, data } = PNG.sync.read(buffer);
  return { width, height, pixels: data };
}

/** Waits for a file to appear in `dir` and returns its name and text. */
export async function downloaded(dir, name) {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const names = await readdir(dir);
    if (names.includes(name)) {
      const text = await readFile(join(dir, name), 'utf8');
      if (text) return text;
    }
    if (Date.now() > end) throw new Error(`no download ${name} in ${dir} (found: ${names.join(', ')})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
