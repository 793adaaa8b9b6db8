// Dropping the widget into host pages: hostile CSS, a strict CSP, several instances and script
// tags, bad configuration, removal and re-adding, and the iframe page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, launch, openPage, fillComplete, markdown, expectProblems } from './harness.mjs';

const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
const NO_WASM_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'";

const env = useBrowser({
    headers: (path) => {
      if (path === '/csp.html') return { 'content-security-policy': STRICT_CSP };
      if (path === '/csp-no-wasm.html') return { 'content-security-policy': NO_WASM_CSP };
      return {};
    },
  });

/** Records CSP violations (init scripts are not subject to the page's policy). */
function recordViolations() {
  globalThis.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
  );
}

test('hostile host CSS changes nothing: the widget looks exactly as on a clean page', async () => {
  const shots = [];
  for (const fixture of ['clean', 'hostile']) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.server.url(`/fixtures/${fixture}.html`));
    await page.getByLabel('Team name').waitFor();
    // Same state in both: a field filled, an error shown, the form checked.
    await page.getByLabel('Team name').fill('Payments');
    await page.getByRole('button', { name: 'Check your one-pager' }).click();
    await page.getByText('There is a problem').waitFor();
    // The draft line changes when the autosave lands: let it, in both.
    await page.getByText(/Draft saved \d\d:\d\d/).waitFor();
    await page.evaluate(() => document.activeElement?.blur());
    await page.mouse.move(0, 0); // no hover styles from where the click happened
    shots.push(await page.locator('engagement-widget').screenshot({ animations: 'disabled', caret: 'hide' }));
    if (fixture === 'hostile') {
      // The host page itself is hostile: its own text is red, uppercase and spaced.
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), 'rtl');
      const inside = await page.locator('engagement-widget').evaluate((el) => {
        const label = el.shadowRoot.querySelector('label');
        const s = getComputedStyle(label);
        return [s.textTransform, s.letterSpacing, s.direction];
      });
      assert.deepEqual(inside, ['none', 'normal', 'ltr']);
    }
    await context.close();
  }
  assert.ok(shots[0].equals(shots[1]), 'the two screenshots differ');
});

test('under a strict CSP with Trusted Types it renders, generates, copies and autosaves with no violation', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/csp.html'), {
    init: recordViolations,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await fillComplete(page);
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  await page.getByText('Your one-pager is ready').waitFor();
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await page.getByText('Markdown copied to the clipboard.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await markdown(page));
  await page.getByRole('button', { name: 'Copy for email' }).click();
  await page.getByText('Formatted one-pager copied to the clipboard.').waitFor();
  await page.locator('.draft-status', { hasText: /Draft saved/ }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 1);
  // Preview of a link and an image: nothing fetched, nothing blocked.
  await page.getByLabel('Problem', { exact: true }).fill('See [docs](https://docs.example) ![chart](https://img.example/c.png)');
  await page.locator('.preview a', { hasText: 'chart (image)' }).waitFor();
  assert.deepEqual(await page.evaluate(() => globalThis.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("without 'wasm-unsafe-eval' the element says why instead of staying blank", async () => {
  // The loader logs why it could not start, as it should.
  expectProblems(/engagement-widget could not start: CompileError: .*'unsafe-eval' is not an allowed source/s);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url('/fixtures/csp-no-wasm.html'));
  const message = page.locator('engagement-widget').getByRole('status');
  await message.waitFor();
  assert.match(await message.textContent(), /security policy blocks WebAssembly \('wasm-unsafe-eval' is needed\)/);
  await context.close();
});

test('two instances and two script tags: no console error, independent state and drafts', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/two.html'));
  const first = page.locator('#first');
  const second = page.locator('#second');
  await first.getByRole('heading', { name: 'Working with First team' }).waitFor();
  await second.getByRole('heading', { name: 'Working with Second team' }).waitFor();
  assert.equal(await page.evaluate(() => customElements.get('engagement-widget').mountedApps()), 2);
  assert.ok(
    await page.evaluate(() => {
      const [a, b] = document.querySelectorAll('engagement-widget');
      return a.shadowRoot.adoptedStyleSheets.length === 1 && a.shadowRoot.adoptedStyleSheets[0] === b.shadowRoot.adoptedStyleSheets[0];
    }),
    'one constructable stylesheet, shared by both instances'
  );
  await first.getByLabel('Team name').fill('Alpha');
  await second.getByLabel('Team name').fill('Beta');
  assert.equal(await first.getByLabel('Team name').inputValue(), 'Alpha');
  assert.equal(await second.getByLabel('Team name').inputValue(), 'Beta');
  await first.getByRole('button', { name: 'Check your one-pager' }).click();
  assert.equal(await first.locator('.error-summary').count(), 1);
  assert.equal(await second.locator('.error-summary').count(), 0, 'the other instance is untouched');
  await page.waitForFunction(() => localStorage.length === 2);
  await page.reload();
  await page.locator('#first').getByLabel('Team name').waitFor();
  assert.equal(await page.locator('#first').getByLabel('Team name').inputValue(), 'Alpha');
  assert.equal(await page.locator('#second').getByLabel('Team name').inputValue(), 'Beta');

  // Taken out and added back after the other, the first keeps its own draft, and the second's
  // is left alone.
  await page.evaluate(() => {
    const first = document.querySelector('#first');
    first.remove();
    setTimeout(() => document.body.append(first), 50);
  });
  await page.waitForFunction(() => document.querySelector('engagement-widget:last-of-type')?.id === 'first');
  await page.locator('#first').getByLabel('Team name').waitFor();
  assert.equal(await page.locator('#first').getByLabel('Team name').inputValue(), 'Alpha');
  await page.locator('#first').getByLabel('Team name').fill('Alpha again');
  await page.waitForFunction(() => Object.values({ ...localStorage }).some((v) => v.includes('"team":"Alpha again"')));
  assert.equal(await page.locator('#second').getByLabel('Team name').inputValue(), 'Beta');
  assert.ok(await page.evaluate(() => Object.values({ ...localStorage }).some((v) => v.includes('"team":"Beta"'))), "the second's draft is untouched");

  // A new draft-key switches the instance to that draft, as on load; the old one is kept.
  await page.evaluate(() => document.querySelector('#second').setAttribute('draft-key', 'elsewhere'));
  await page.locator('#second').getByLabel('Team name').waitFor();
  await page.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelector('input[id$="-team"]')?.value === '');
  await page.locator('#second').getByLabel('Team name').fill('Gamma');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith(':elsewhere')));
  assert.ok(await page.evaluate(() => Object.values({ ...localStorage }).some((v) => v.includes('"team":"Beta"'))), 'the old key keeps its draft');
  await page.evaluate(() => document.querySelector('#second').removeAttribute('draft-key'));
  await page.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelector('input[id$="-team"]')?.value === 'Beta');
  assert.equal(await page.evaluate(() => customElements.get('engagement-widget').mountedApps()), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('broken JSON configuration shows what is wrong, and the widget still works', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/fixtures/bad-json.html'), { waitFor: false });
  const notice = page.locator('.notice-warning');
  await notice.waitFor();
  assert.match(await notice.textContent(), /The JSON configuration could not be read .* the defaults are used/);
  assert.equal(await page.locator('.expectation-title').count(), 4);
  await fillComplete(page);
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  await page.getByText('Your one-pager is ready').waitFor();
  await context.close();
});

test('a JSON configuration sets the team texts, expectations and limits; attributes win', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/json.html'), { waitFor: false });
  await page.getByRole('heading', { name: 'Working with Attribute team' }).waitFor();
  await page.getByRole('button', { name: 'Check your one-pager' }).waitFor();
  assert.deepEqual(await page.locator('.expectation-title').allInnerTexts(), ['1\nPair every day', '2\nWrite it down']);
  assert.ok(await page.getByText('We keep data flowing.').isVisible());
  assert.equal(await page.getByRole('checkbox').count(), 2);
  await page.getByLabel('Engagement goal').fill(Array(61).fill('w').join(' '));
  await page.getByRole('button', { name: 'Check your one-pager' }).click();
  assert.equal(await page.locator('.error-summary a', { hasText: 'Engagement goal must be 60 words or fewer' }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('attribute changes apply at once; removing and re-adding the element works and leaks nothing', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/clean.html'), {
    init: () => {
      // Count window and document listeners the page adds and removes.
      globalThis.__listeners = 0;
      for (const target of [window, document]) {
        const add = target.addEventListener.bind(target);
        const remove = target.removeEventListener.bind(target);
        target.addEventListener = (...a) => {
          globalThis.__listeners++;
          return add(...a);
        };
        target.removeEventListener = (...a) => {
          globalThis.__listeners--;
          return remove(...a);
        };
      }
    },
  });
  const mounted = () => page.evaluate(() => customElements.get('engagement-widget').mountedApps());
  assert.equal(await mounted(), 1);
  await page.evaluate(() => document.querySelector('engagement-widget').setAttribute('team-name', 'Renamed team'));
  await page.getByRole('heading', { name: 'Working with Renamed team' }).waitFor();
  await page.evaluate(() => document.querySelector('engagement-widget').setAttribute('theme', 'dark'));
  const background = await page.locator('engagement-widget').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.ew')).backgroundColor);
  assert.equal(background, 'rgb(22, 24, 28)', 'theme="dark" applies');
  // A problem a changed attribute brings is reported to the host too, once.
  await page.evaluate(() => {
    const widget = document.querySelector('engagement-widget');
    globalThis.__errors = [];
    widget.addEventListener('engagement-error', (e) => globalThis.__errors.push(e.detail.message));
    widget.setAttribute('contact-email', 'not an email');
    widget.setAttribute('theme', 'purple');
  });
  await page.waitForFunction(() => globalThis.__errors.length >= 2);
  assert.deepEqual(await page.evaluate(() => globalThis.__errors), [
    'The contact email "not an email" is not an email address; Open in email lets the visitor choose one.',
    'The theme "purple" is not light, dark or auto; the page\'s colour scheme is followed.',
  ]);
  await page.evaluate(() => {
    const widget = document.querySelector('engagement-widget');
    widget.removeAttribute('contact-email');
    widget.setAttribute('theme', 'dark');
  });

  const listenersWhileMounted = await page.evaluate(() => globalThis.__listeners);
  await page.getByLabel('Team name').fill('Before removal');
  await page.evaluate(() => {
    globalThis.__widget = document.querySelector('engagement-widget');
    globalThis.__widget.remove();
  });
  await page.waitForFunction(() => customElements.get('engagement-widget').mountedApps().then((n) => n === 0));
  const listenersAfter = await page.evaluate(() => globalThis.__listeners);
  assert.ok(listenersAfter < listenersWhileMounted, `listeners: ${listenersWhileMounted} -> ${listenersAfter}`);

  await page.evaluate(() => document.querySelector('main').append(globalThis.__widget));
  await page.getByLabel('Team name').waitFor();
  assert.equal(await mounted(), 1);
  assert.equal(await page.getByLabel('Team name').inputValue(), 'Before removal', 'the draft came back with it');
  assert.equal(await page.evaluate(() => globalThis.__listeners), listenersWhileMounted, 'same listeners as before');
  // Moving the element keeps the app running (no remount): the same app, with the same
  // elements and what is typed in them, where a remount would draw new ones (and bring the
  // answer back from the draft). The typing is not saved yet when it moves.
  await page.getByLabel('Proposed solution').fill('Typed just before the move');
  await page.evaluate(() => {
    const widget = document.querySelector('engagement-widget');
    globalThis.__ready = 0;
    widget.addEventListener('engagement-ready', () => globalThis.__ready++);
    globalThis.__box = widget.shadowRoot.querySelector('textarea');
    globalThis.__drawn = widget.shadowRoot.querySelector('.ew');
    document.body.prepend(widget);
  });
  assert.equal(await mounted(), 1);
  assert.deepEqual(
    await page.evaluate(() => {
      const root = document.querySelector('engagement-widget').shadowRoot;
      return { sameDrawing: root.querySelector('.ew') === __drawn, sameBox: root.querySelector('textarea') === __box };
    }),
    { sameDrawing: true, sameBox: true }
  );
  assert.equal(await page.getByLabel('Proposed solution').inputValue(), 'Typed just before the move');
  // Still running: the typing is saved, and the app never started again.
  await page.waitForFunction(() => /"solution":"Typed just before the move"/.test(Object.values({ ...localStorage }).join()));
  assert.equal(await page.evaluate(() => globalThis.__ready), 0, 'no new start (engagement-ready) after the move');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the iframe page sizes itself to its content through an origin-checked message', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/fixtures/iframe-host.html'), { waitFor: false });
  const frame = page.frameLocator('#engagement-widget-frame');
  await frame.getByRole('heading', { name: 'Working with Wiki Team' }).waitFor();
  await page.waitForFunction(() => Number(document.getElementById('engagement-widget-frame').height) > 1000);
  const sizes = async () => {
    const height = await page.evaluate(() => Number(document.getElementById('engagement-widget-frame').height));
    const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    return { height, content };
  };
  let { height, content } = await sizes();
  assert.equal(height, content);
  // It follows the content: opening an expectation makes the page taller.
  await frame.locator('.expectation-title').first().click();
  await page.waitForFunction((h) => Number(document.getElementById('engagement-widget-frame').height) > h, height);
  ({ height, content } = await sizes());
  assert.equal(height, content);
  assert.deepEqual(problems, []);
  await context.close();
});
