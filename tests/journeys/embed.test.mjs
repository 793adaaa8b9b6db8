// The widget in host pages, in the engine ENGINE names: the iframe page, a strict CSP, a CSP
// without 'wasm-unsafe-eval', hostile host CSS, two instances, and a JSON configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, expectProblems, ENGINE } from './driver.mjs';
import { fillComplete, saved } from './steps.mjs';

const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
const NO_WASM_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'";

const env = useEngine({
  headers: (path) => {
    if (path === '/csp.html') return { 'content-security-policy': STRICT_CSP };
    if (path === '/csp-no-wasm.html') return { 'content-security-policy': NO_WASM_CSP };
    return {};
  },
});

test('the iframe page renders and sizes itself to its content through an origin-checked message', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/iframe-host.html'), { wait: false });
  const frame = () => document.getElementById('engagement-widget-frame');
  const sizes = (h, frame) => {
    const f = eval(`(${frame})`)();
    const content = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
    return { height: Number(f.height), content };
  };
  await page.until((h, frame) => {
    const widget = eval(`(${frame})`)().contentDocument?.querySelector('engagement-widget');
    return widget?.shadowRoot?.querySelector('h2')?.textContent === 'Working with Wiki Team' && Number(eval(`(${frame})`)().height) > 1000;
  }, String(frame));
  // The frame takes its content's height (the form renders a moment after the content).
  await page.until((h, sizes, frame) => {
    const { height, content } = eval(`(${sizes})`)(h, frame);
    return height === content;
  }, String(sizes), String(frame));
  let { height } = await page.run(sizes, String(frame));
  // Opening an expectation makes the content taller, and the frame follows.
  const { x, y } = await page.run((h, frame) => {
    const f = eval(`(${frame})`)();
    const summary = f.contentDocument.querySelector('engagement-widget').shadowRoot.querySelector('.expectation-title');
    summary.scrollIntoView({ block: 'center' });
    const a = f.getBoundingClientRect();
    const b = summary.getBoundingClientRect();
    return { x: Math.round(a.left + b.left + 20), y: Math.round(a.top + b.top + b.height / 2) };
  }, String(frame));
  await page.clickAt(x, y);
  await page.until((h, sizes, frame, before) => {
    const { height, content } = eval(`(${sizes})`)(h, frame);
    return height > before && height === content;
  }, String(sizes), String(frame), height);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('under a strict CSP it renders, generates and autosaves with no violation', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/csp.html'));
  await fillComplete(page);
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.result-banner', text: 'Your one-pager is ready' }));
  await saved(page);
  assert.equal(await page.run(() => localStorage.length), 1);
  // A link and an image in the preview: nothing fetched, nothing blocked.
  await page.fill({ label: 'Problem' }, 'See [docs](https://docs.example) ![chart](https://img.example/c.png)');
  await page.until((h) => h.has({ css: '.preview a', text: 'chart (image)' }));
  assert.deepEqual(await page.run(() => globalThis.__violations), []);
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test("without 'wasm-unsafe-eval' the element says the page's security policy blocks it", async () => {
  // The loader logs why it could not start, as it should.
  expectProblems(/^console error: engagement-widget could not start: /);
  // Firefox reports the policy's refusal as a page error of its own.
  if (ENGINE === 'firefox') expectProblems(/^page error: Content-Security-Policy: .*wasm-unsafe-eval/);
  const page = await env.engine.open(env.server.url('/fixtures/csp-no-wasm.html'), { wait: false });
  const message = await page.until((h) => {
    const text = h.root().querySelector('[role=status]')?.textContent;
    return text && !text.startsWith('Loading') && text;
  });
  assert.equal(
    message,
    "The engagement guide can't start here: this page's security policy blocks WebAssembly ('wasm-unsafe-eval' is needed)."
  );
  await page.close();
});

test('hostile host CSS changes nothing inside the widget: every element is styled and placed as on a clean page', async () => {
  const looks = async (fixture) => {
    const page = await env.engine.open(env.server.url(`/fixtures/${fixture}.html`));
    await page.fill({ label: 'Team name' }, 'Payments');
    await page.click({ button: 'Check your one-pager' });
    await page.until((h) => h.has({ css: '.error-summary' }));
    // The draft is saved a moment after typing, and its status line changes then: wait for it
    // in both pages, so that both are seen in the same state (WebKit once compared a saved
    // page with one still saving).
    await saved(page);
    await page.run(() => document.activeElement?.blur());
    // The pointer stays where it clicked, and the page scrolled under it to the summary: whether
    // the button now under it shows its hover colour depends on when the engine notices. Move
    // the pointer away and let a frame pass, in both pages alike.
    await page.pointerAway();
    await page.run(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await page.run((h) => {
      const host = h.widget().getBoundingClientRect();
      const props = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
        'text-transform', 'letter-spacing', 'word-spacing', 'text-align', 'direction', 'text-decoration-line',
        'border-top-width', 'border-top-color', 'border-left-width', 'padding-top', 'padding-left', 'margin-top',
        'margin-left', 'display', 'visibility', 'opacity', 'box-shadow', 'list-style-type'];
      return [...h.root().querySelectorAll('*')].map((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return [el.tagName, el.className, Math.round(r.left - host.left), Math.round(r.top - host.top), Math.round(r.width), Math.round(r.height), ...props.map((p) => s.getPropertyValue(p))].join('|');
      });
    });
    const rtl = await page.run(() => getComputedStyle(document.documentElement).direction);
    await page.close();
    return { seen, rtl };
  };
  const clean = await looks('clean');
  const hostile = await looks('hostile');
  assert.equal(hostile.rtl, 'rtl', 'the host page itself is hostile');
  assert.equal(hostile.seen.length, clean.seen.length);
  const differ = clean.seen.filter((line, i) => line !== hostile.seen[i]).slice(0, 5);
  assert.deepEqual(differ, [], `first differences:\n${differ.map((l, i) => `${l}\n${hostile.seen[clean.seen.indexOf(l)]}`).join('\n')}`);
});

test('two instances and two script tags: independent answers, checks and drafts', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/two.html'), { wait: false });
  await page.ready('#first');
  await page.ready('#second');
  assert.equal(await page.run(() => customElements.get('engagement-widget').mountedApps()), 2);
  await page.fill({ in: '#first', label: 'Team name' }, 'Alpha');
  await page.fill({ in: '#second', label: 'Team name' }, 'Beta');
  await page.click({ in: '#first', button: 'Check your one-pager' });
  await page.until((h) => h.has({ in: '#first', css: '.error-summary' }));
  assert.equal(await page.run((h) => h.all({ in: '#second', css: '.error-summary' }).length), 0, 'the other is untouched');
  await page.until(() => localStorage.length === 2);
  await page.reload({ wait: false });
  await page.ready('#first');
  await page.ready('#second');
  assert.deepEqual(
    await page.run((h) => [h.value({ in: '#first', label: 'Team name' }), h.value({ in: '#second', label: 'Team name' })]),
    ['Alpha', 'Beta']
  );
  assert.deepEqual(await page.problems(), []);
  await page.close();
});

test('a JSON configuration sets the team texts, expectations and limits; attributes win', async () => {
  const page = await env.engine.open(env.server.url('/fixtures/json.html'));
  const seen = await page.run((h) => ({
    heading: h.has({ css: 'h2', text: 'Working with Attribute team' }),
    titles: h.all({ css: '.expectation-title' }).map((e) => h.norm(e.textContent)),
    mission: h.has({ css: 'p', text: 'We keep data flowing.' }),
    boxes: h.all({ css: 'input[type=checkbox]' }).length,
  }));
  assert.deepEqual(seen, { heading: true, titles: ['1Pair every day', '2Write it down'], mission: true, boxes: 2 });
  await page.fill({ label: 'Engagement goal' }, Array(61).fill('w').join(' '));
  await page.click({ button: 'Check your one-pager' });
  await page.until((h) => h.has({ css: '.error-summary a', text: 'Engagement goal must be 60 words or fewer' }));
  assert.deepEqual(await page.problems(), []);
  await page.close();
});
