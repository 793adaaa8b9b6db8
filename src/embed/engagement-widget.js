// engagement-widget.js: the one file a host page loads.
//
//   <script type="module" src="/widgets/engagement-widget.js"></script>
//   <engagement-widget team-name="Developer Experience" contact-email="devex@corp.example">
//     Your browser could not start the engagement guide.
//   </engagement-widget>
//
// Defines <engagement-widget> straight away, so every instance shows a loading line; loads the
// WebAssembly that sits next to this file; then mounts each instance (src/embed/element.rs).
// When the module cannot start (no WebAssembly, a Content-Security-Policy without
// 'wasm-unsafe-eval', a failed download), each instance says so in words instead of staying
// blank. When it stops later (a trap: a Rust panic aborts, or a fault in the module), every
// instance's form is made inert and says which saved answers come back on reload, without
// calling the module again. No inline script, no eval, no innerHTML: it runs under a strict
// CSP with Trusted Types.

const TAG = 'engagement-widget';
const LOADED = Symbol.for('engagement-widget.loader');
// The element's attributes, as src/core/config.rs lists them (tests/attributes.rs checks);
// `lang` and `dir` are read from it or its nearest ancestor (src/platform/locale.rs).
const OBSERVED = ['team-name', 'team-mission', 'contact-email', 'draft-key', 'theme', 'lang', 'dir'];

if (!globalThis[LOADED] && globalThis.customElements && !customElements.get(TAG)) {
  globalThis[LOADED] = true;

  const here = import.meta.url;
  const ready = (async () => {
    if (typeof WebAssembly !== 'object') {
      throw new Error('this browser cannot run WebAssembly');
    }
    // Fetch the WebAssembly while the glue module loads, not after: one round trip fewer
    // before the first render. The two files are one version's pair (their names carry its
    // hash, see scripts/post-build.mjs); one that does not arrive (the network, or a host that
    // removed this version's files) is said as such through `ready` below.
    const wasm = fetch(new URL('./engagement-widget-app_bg.wasm', here));
    wasm.catch(() => {});
    const missing = (reason) => Object.assign(new Error(why(reason)), { missing: true });
    const glue = await import(new URL('./engagement-widget-app.js', here).href).catch((e) => {
      throw missing(e);
    });
    const response = await wasm.catch((e) => {
      throw missing(e);
    });
    if (!response.ok) throw missing(`HTTP ${response.status}`);
    exports = await glue.default({ module_or_path: response });
    return glue;
  })();
  let exports = null;
  // Reported once per page; each instance shows the message itself.
  ready.catch((error) => console.error('engagement-widget could not start:', error));

  let sheet = null;
  const messageSheet = () => {
    if (!sheet && 'replaceSync' in CSSStyleSheet.prototype) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(
        ':host{display:block}.ew-msg{all:initial;display:block;font:16px/1.5 system-ui,sans-serif;' +
          'color:CanvasText;background:Canvas;padding:12px 16px;border:1px solid GrayText;border-radius:6px}' +
          '[role=alert]{position:sticky;top:0;z-index:1;margin-bottom:8px;border:2px solid}[inert]{opacity:.6}'
      );
    }
    return sheet;
  };

  // Put here by scripts/post-build.mjs: the widget's stylesheet (styles/widget.css without its
  // comments) and what its first render says (src/embed/first-render.json, which
  // tests/first_render.rs holds to the module's own words).
  const WIDGET_CSS = null;
  const FIRST_RENDER = null;

  // The widget's stylesheet: one constructable sheet for every instance, which the module
  // adopts too (src/embed/style.rs).
  let widgetSheet = null;
  const widgetStyles = () => {
    if (!widgetSheet && WIDGET_CSS && 'replaceSync' in CSSStyleSheet.prototype) {
      widgetSheet = new CSSStyleSheet();
      widgetSheet.replaceSync(WIDGET_CSS);
    }
    return widgetSheet;
  };

  // A host's text as the module reads it (core::markdown::normalize_short: one line, no control
  // characters, trimmed): `''` when blank, `null` when longer than `max` characters (the module
  // ignores it and says so).
  const hostText = (value, max) => {
    const t = (value ?? '').replace(/\r\n?|[\n\t\u2028\u2029]/g, ' ').replace(/\p{Cc}/gu, '').trim();
    return [...t].length <= max ? t : null;
  };

  // The page's language and direction where the element stands, as the module reads them
  // (src/platform/locale.rs): the nearest `lang` and `dir`, else the document's.
  const nearest = (host, name) =>
    (host.closest(`[${name}]`)?.getAttribute(name) ?? document.documentElement.getAttribute(name) ?? '').trim();
  // As core::strings::locale's `tag` and `direction` (tests/journeys/first-render.test.mjs holds
  // the two to the same answers): a language tag, else English; the script subtag's direction,
  // else the language's.
  const tagOf = (lang) => {
    const first = lang.split(/[-_]/)[0];
    return lang.length <= 35 && /^[A-Za-z]{2,8}$/.test(first) && /^[A-Za-z0-9_-]+$/.test(lang) ? lang : 'en';
  };
  const RTL_LANGUAGES = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi'];
  const RTL_SCRIPTS = ['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm'];
  const directionOf = (lang) => {
    const [language, ...rest] = lang.toLowerCase().split(/[-_]/);
    const script = rest.find((s) => /^[a-z]{4}$/.test(s));
    if (script) return RTL_SCRIPTS.includes(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
  };
  const localeOf = (host) => {
    const lang = tagOf(nearest(host, 'lang'));
    const language = lang.split(/[-_]/)[0].toLowerCase();
    const dir = nearest(host, 'dir').toLowerCase();
    return { lang, language, dir: dir === 'rtl' || dir === 'ltr' ? dir : directionOf(lang) };
  };
  // The words that ship for a language (own properties only: `lang="constructor"` is none).
  const shippedFor = (language) =>
    FIRST_RENDER && Object.prototype.hasOwnProperty.call(FIRST_RENDER, language) ? FIRST_RENDER[language] : null;
  // The JSON block, parsed (`undefined` when there is none, `null` when it is not JSON).
  const configOf = (host) => {
    const block = host.querySelector(':scope > script[type="application/json"]');
    if (!block || !block.textContent.trim()) return undefined;
    try {
      return JSON.parse(block.textContent);
    } catch {
      return null;
    }
  };
  // The words the loader says things with: the translation for the page's language if one
  // ships (else English), with the host's own `strings` over them. `lang` is theirs.
  // (The loader's messages are the catalogue's, src/embed/first-render.json under `loader`;
  // tests/first_render.rs holds them to it.)
  const LOADER_KEYS = ['loading', 'blockedByPolicy', 'notLoaded', 'cannotStart', 'stopped', 'stoppedSaved', 'stoppedUnsaved', 'stoppedReload'];
  const textsOf = (host) => {
    const { language, lang, dir } = localeOf(host);
    const shipped = shippedFor(language);
    const own = configOf(host)?.strings;
    const texts = { ...(FIRST_RENDER?.en?.loader ?? {}), ...(shipped?.loader ?? {}) };
    let ownWords = false;
    for (const key of LOADER_KEYS) {
      if (own && typeof own[key] === 'string' && own[key].trim()) {
        texts[key] = own[key].trim();
        ownWords = true;
      }
    }
    return { texts, lang: shipped || ownWords ? lang : 'en', dir };
  };
  const fill = (template, values) =>
    (template ?? '%{reason}').replace(/%\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));

  // The widget's first render (its title, the expectations and the pitch), drawn from the page
  // before the WebAssembly arrives, so that a slow network shows the content at once; the module
  // draws the same in its place. Only where it is sure to be the same: words that ship for the
  // page's language (or English, for a language without them), no JSON block that changes the
  // content (a form's `document` changes the lead and the pitch), and attributes the module
  // takes without a problem to report.
  const firstRender = (host) => {
    const locale = localeOf(host);
    const words = shippedFor(locale.language) ?? FIRST_RENDER?.en;
    if (!words || !widgetStyles()) return null;
    const block = host.querySelector(':scope > script[type="application/json"]');
    if (block && block.textContent.trim()) {
      try {
        const config = JSON.parse(block.textContent);
        const changes = ['teamName', 'teamMission', 'expectations', 'pitch', 'strings'];
        if (!config || typeof config !== 'object' || changes.some((key) => key in config)) return null;
        // A form that names its document changes the lead and the pitch's last step.
        if (config.form && typeof config.form === 'object' && 'document' in config.form) return null;
      } catch {
        return null;
      }
    }
    const team = hostText(host.getAttribute('team-name'), 200);
    const mission = hostText(host.getAttribute('team-mission'), 1200);
    const theme = (host.getAttribute('theme') ?? '').trim();
    const email = host.getAttribute('contact-email');
    if (team === null || mission === null || !['', 'light', 'dark', 'auto'].includes(theme)) return null;
    if (email !== null && email.trim() && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email.trim())) return null;
    const el = (tag, className, text) => {
      const e = document.createElement(tag);
      if (className) e.className = className;
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const section = (className, part, list) => {
      const s = el('section', `panel ${className}`);
      s.append(el('h3', 'section-title', part.heading), el('p', 'lead', part.intro), list);
      return s;
    };
    const expectations = el('div', 'expectations');
    words.baseline.items.forEach(([title, body], n) => {
      const details = el('details', 'expectation');
      const summary = el('summary', 'expectation-title');
      const number = el('span', 'expectation-number', String(n + 1));
      number.setAttribute('aria-hidden', 'true');
      summary.append(number, el('span', '', title));
      details.append(summary, el('p', 'expectation-body', body));
      expectations.append(details);
    });
    const steps = el('ol', 'pitch');
    words.pitch.items.forEach((step, n) => {
      const [title, body] = Array.isArray(step)
        ? step
        : [
            team ? step.title.replace('%{team}', () => team) : step.titleWithoutTeam,
            mission ? step.body.replace('%{mission}', () => mission) : step.bodyWithoutMission,
          ];
      const li = el('li', 'pitch-step');
      li.append(el('h4', 'pitch-title', title), el('p', 'pitch-body', body));
      if (n === words.pitch.items.length - 1) {
        const link = el('a', 'link', words.formLink);
        link.href = '#';
        link.addEventListener('click', (e) => e.preventDefault());
        const p = el('p', 'pitch-body pitch-link');
        p.append(link);
        li.append(p);
      }
      steps.append(li);
    });
    const header = el('header', 'header');
    header.append(el('h2', 'title', team ? words.title.replace('%{team}', () => team) : words.titleWithoutTeam), el('p', 'lead', words.lead));
    const app = el('div', 'app');
    app.lang = shippedFor(locale.language) ? locale.lang : 'en';
    app.dir = locale.dir;
    app.append(header, section('baseline', words.baseline, expectations), section('pitch-panel', words.pitch, steps));
    const ew = el('div', 'ew');
    ew.append(app);
    return ew;
  };

  // A reload restores the scroll position while the widget is still loading: too short a page
  // loses it. So until it is ready, each instance keeps the height it had when this tab last
  // left the page (sessionStorage, by position on the page). Only a reload or a move through
  // the history restores a scroll position; a plain visit does not touch storage before the
  // first render. The scroll position is kept too: WebKit restores it once, before the module
  // has reserved anything, and leaves a page that was too short at the top; the loader then
  // puts the reader back where they were, unless they have scrolled since.
  const heightsKey = `${TAG}:heights:${location.pathname}`;
  let heights = null;
  let lastY = 0;
  const restoring = () => {
    const nav = performance.getEntriesByType?.('navigation')?.[0];
    return !nav || nav.type === 'reload' || nav.type === 'back_forward';
  };
  const lastHeight = (host) => {
    if (!heights && !restoring()) heights = [];
    if (!heights) {
      try {
        const saved = JSON.parse(sessionStorage.getItem(heightsKey) ?? '[]');
        heights = Array.isArray(saved) ? saved : Array.isArray(saved?.heights) ? saved.heights : [];
        lastY = Number.isFinite(saved?.y) && saved.y > 0 ? saved.y : 0;
      } catch {
        heights = []; // blocked or garbled: no reservation
      }
    }
    const height = heights[[...document.querySelectorAll(TAG)].indexOf(host)];
    return Number.isFinite(height) && height > 0 && height < 100000 ? height : 0;
  };
  addEventListener('pagehide', () => {
    try {
      const all = [...document.querySelectorAll(TAG)].map((el) => Math.round(el.getBoundingClientRect().height));
      sessionStorage.setItem(heightsKey, JSON.stringify({ heights: all, y: Math.round(scrollY) }));
    } catch {
      // blocked or full: the next load reserves nothing
    }
  });
  // Once the heights are reserved: back to the kept place if the browser left the reader at the
  // top (where it restored nothing, or restored before the page was long enough).
  let placed = false;
  const backToPlace = () => {
    if (placed || !lastY) return;
    placed = true;
    if (history.scrollRestoration !== 'auto') return;
    requestAnimationFrame(() => {
      if (scrollY === 0 && document.documentElement.scrollHeight - innerHeight >= lastY) scrollTo(0, lastY);
    });
  };
  const reservation = (height) => {
    if (!height || !('replaceSync' in CSSStyleSheet.prototype)) return null;
    const reserve = new CSSStyleSheet();
    reserve.replaceSync(`:host{min-height:${height}px}`);
    return reserve;
  };

  const message = (host, text, role = 'status') => {
    const p = document.createElement('p');
    p.className = 'ew-msg';
    p.setAttribute('role', role);
    const { lang, dir } = textsOf(host);
    p.lang = lang;
    p.dir = dir;
    p.textContent = text;
    return p;
  };
  const say = (host, text, keep = []) => {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const s = messageSheet();
    if (s) root.adoptedStyleSheets = [s, ...keep];
    root.replaceChildren(message(host, text));
  };
  const tell = (host, reason) =>
    host.dispatchEvent(
      new CustomEvent('engagement-error', { bubbles: true, composed: true, detail: { message: reason } })
    );
  const why = (error) => String((error && error.message) || error || 'unknown error');

  // The module stopped (a trap). Its memory may be corrupt, so nothing calls it again: every
  // instance's form goes inert under a message, and the module loses its handles on the page
  // (the table of JavaScript values it holds is emptied), so a timer or listener it left
  // behind can no longer reach the page or storage.
  let dead = null;
  const instances = new Set();
  // The stopped apps' handles, held so that no garbage collection frees them into the module.
  const held = [];
  const ours = (error) =>
    typeof WebAssembly === 'object' &&
    error instanceof WebAssembly.RuntimeError &&
    (!/\.(m?js|wasm)\b/.test(error.stack || '') || /engagement-widget-app/.test(error.stack));
  const die = (error) => {
    if (dead || !exports) return;
    dead = String(error);
    console.error('engagement-widget stopped:', error);
    for (const table of Object.values(exports)) {
      if (table instanceof WebAssembly.Table) {
        try {
          for (let i = 0; i < table.length; i++) table.set(i, undefined);
        } catch {
          // a table of functions: not the page's values
        }
      }
    }
    for (const host of instances) host.stop();
  };
  addEventListener('error', (e) => ours(e.error) && die(e.error));
  addEventListener('unhandledrejection', (e) => ours(e.reason) && die(e.reason));
  const clock = (t) => `${t.getHours()}`.padStart(2, '0') + ':' + `${t.getMinutes()}`.padStart(2, '0');

  const fail = (host, error) => {
    const reason = why(error);
    // Chromium: "...Content Security Policy...'wasm-unsafe-eval'..."; Firefox: "...blocked by
    // CSP"; WebKit: "Refused to create a WebAssembly object because 'unsafe-eval' or
    // 'wasm-unsafe-eval' is not an allowed source...".
    const blocked = /Content Security Policy|wasm-unsafe-eval|wasm-eval|\bCSP\b/i.test(reason);
    const { texts } = textsOf(host);
    say(
      host,
      fill(blocked ? texts.blockedByPolicy : error && error.missing ? texts.notLoaded : texts.cannotStart, {
        reason,
      })
    );
    tell(host, reason);
  };

  class EngagementWidget extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    /** How many widget apps are mounted (for leak checks); none once the module stopped. */
    static async mountedApps() {
      const glue = await ready;
      return dead ? 0 : glue.mountedApps();
    }

    #mount = null;
    /** When this instance last said its draft was saved. */
    #saved = null;
    /** The language and direction it was last drawn in. */
    #locale = '';

    /** The page's language or direction changed somewhere: read them again if they changed
     * here (a change elsewhere on the page leaves this instance alone). */
    relocale() {
      const now = JSON.stringify(localeOf(this));
      if (now === this.#locale) return;
      this.#locale = now;
      this.attributeChangedCallback();
    }

    constructor() {
      super();
      this.addEventListener('engagement-draft-saved', () => dead || (this.#saved = new Date()));
    }

    /** The module stopped: the form goes inert under a message (see `die`). */
    stop() {
      const root = this.shadowRoot;
      if (!this.#mount || !root) return;
      held.push(this.#mount);
      this.#mount = null;
      const { texts } = textsOf(this);
      const stopped = fill(texts.stopped, { reason: dead });
      const text = this.#saved
        ? fill(texts.stoppedSaved, { stopped, time: clock(this.#saved) })
        : fill(texts.stoppedUnsaved, { stopped });
      for (const child of root.children) child.inert = true;
      root.prepend(message(this, text, 'alert'));
      const s = messageSheet();
      if (s) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
      tell(this, text);
    }

    connectedCallback() {
      // Moved within the page: the app keeps running, in the language of where it is now.
      if (this.#mount) return this.relocale();
      instances.add(this);
      this.#locale = JSON.stringify(localeOf(this));
      const reserve = this.shadowRoot ? null : reservation(lastHeight(this));
      if (reserve) backToPlace();
      if (!this.shadowRoot) {
        const drawn = firstRender(this);
        if (drawn) {
          const root = this.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [widgetStyles(), ...(reserve ? [reserve] : [])];
          root.replaceChildren(drawn);
        } else {
          say(this, textsOf(this).texts.loading ?? '\u2026', reserve ? [reserve] : []);
        }
      }
      ready.then(
        (glue) => {
          if (!this.isConnected || this.#mount) return;
          if (dead) {
            const { texts } = textsOf(this);
            return say(this, fill(texts.stoppedReload, { stopped: fill(texts.stopped, { reason: dead }) }));
          }
          try {
            this.#mount = glue.mount(this, widgetStyles());
          } catch (error) {
            if (ours(error)) return die(error);
            fail(this, error);
            return;
          }
          if (!reserve) return;
          // Mounting replaced the sheets; keep the reservation until the form is in place.
          const root = this.shadowRoot;
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, reserve];
          const release = () => {
            root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== reserve);
          };
          this.addEventListener('engagement-ready', release, { once: true });
        },
        (error) => fail(this, error)
      );
    }

    disconnectedCallback() {
      // Wait a moment: an element that is only being moved is connected again at once.
      queueMicrotask(() => {
        if (this.isConnected || !this.#mount) return;
        const mount = this.#mount;
        this.#mount = null;
        instances.delete(this);
        try {
          mount.unmount();
          mount.free();
        } catch (error) {
          if (ours(error)) return die(error);
          console.error('engagement-widget could not unmount cleanly:', error);
        }
      });
    }

    attributeChangedCallback() {
      if (!this.#mount) return;
      try {
        this.#mount.refresh();
      } catch (error) {
        if (ours(error)) return die(error);
        fail(this, error);
      }
    }
  }

  customElements.define(TAG, EngagementWidget);

  // A page that changes its language or direction around a widget: each instance reads them
  // again (an instance's own `lang` and `dir` are observed attributes).
  new MutationObserver((records) => {
    if (records.every((r) => r.target.localName === TAG)) return;
    for (const host of instances) host.relocale();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}
