// The first render (issue 18): the loader draws the title, the expectations and the pitch from
// the page before the WebAssembly arrives, and the module then draws the same words in the same
// places. Where the host's configuration changes those words, the loader leaves them to the
// module and says it is loading instead. (tests/first_render.rs holds the loader's words to the
// module's; this checks what a visitor sees.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';

const env = useBrowser();

/** Holds the app's WebAssembly back until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** A page of our own under the server's origin, so that the loader's relative URLs work. */
async function hostPage(page, body) {
  await page.route('**/fixtures/made-up.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
        <script type="module" src="/engagement-widget.js"></script></head><body>${body}</body></html>`,
    })
  );
  return env.server.url('/fixtures/made-up.html');
}

/** What the widget says above the form, with where its headings are. */
const drawn = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('engagement-widget').shadowRoot;
    const texts = (selector) => [...root.querySelectorAll(selector)].map((e) => e.textContent.trim());
    const top = (selector) => Math.round(root.querySelector(selector)?.getBoundingClientRect().top ?? -1);
    return {
      words: {
        title: texts('.header .title'),
        lead: texts('.header .lead'),
        sections: texts('.baseline > .section-title, .baseline > .lead, .pitch-panel > .section-title, .pitch-panel > .lead'),
        expectations: texts('.expectation-title'),
        explanations: texts('.expectation-body'),
        steps: texts('.pitch-title'),
        bodies: texts('.pitch-body'),
      },
      places: [top('.header .title'), top('.baseline > .section-title'), top('.pitch-panel > .section-title')],
      form: !!root.querySelector('form'),
      loading: root.textContent.includes('Loading the engagement guide'),
    };
  });

const ready = (page) => page.getByRole('button', { name: /^Check your / }).waitFor();

test('before the WebAssembly arrives the page already shows the title, expectations and pitch, exactly as the module then draws them', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const release = await holdWasm(page);
  await page.goto(env.server.url('/'));
  await page.getByRole('heading', { name: 'Working with Developer Experience', level: 2 }).waitFor();
  const before = await drawn(page);
  assert.equal(before.form, false, 'the module has not run yet');
  assert.equal(before.loading, false);
  assert.equal(before.words.expectations.length, 4);
  assert.equal(before.words.steps.length, 5);
  assert.equal(before.words.steps[1], 'What is Developer Experience?');
  assert.match(before.words.bodies[1], /^We help every team build, test and ship safely and often\. We explain/);
  // Readable and usable already: an expectation opens.
  await page.getByText('The aux engineer will not do the hard work').click();
  await page.getByText(/They cannot crush every problem/).waitFor();

  release();
  await ready(page);
  const after = await drawn(page);
  assert.deepEqual(after.words, before.words, 'the module says exactly what the first render said');
  for (const [n, place] of before.places.entries()) {
    assert.ok(Math.abs(after.places[n] - place) <= 1, `heading ${n} stays where it was: ${place} then ${after.places[n]}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a team name and mission with $ patterns, quotes and markup are drawn as typed, before and after', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const release = await holdWasm(page);
  const url = await hostPage(
    page,
    `<engagement-widget team-name="Dev &amp; Ops $&amp; &lt;b&gt;" team-mission="We cost $$ and $' less. &quot;Really&quot;."></engagement-widget>`
  );
  await page.goto(url);
  await page.getByRole('heading', { name: 'Working with Dev & Ops $& <b>', level: 2 }).waitFor();
  const before = await drawn(page);
  assert.equal(before.words.steps[1], 'What is Dev & Ops $& <b>?');
  assert.match(before.words.bodies[1], /^We cost \$\$ and \$' less\. "Really"\. We explain/);
  release();
  await ready(page);
  assert.deepEqual((await drawn(page)).words, before.words);
  await context.close();
});

test('without a team, the first render uses the general title and step, as the module does', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(await hostPage(page, '<engagement-widget></engagement-widget>'));
  await page.getByRole('heading', { name: 'Working with us on an engagement', level: 2 }).waitFor();
  const before = await drawn(page);
  assert.equal(before.words.steps[1], 'What is our team?');
  release();
  await ready(page);
  assert.deepEqual((await drawn(page)).words, before.words);
  await context.close();
});

test('configuration that changes the words is left to the module: the loader says it is loading, never shows the wrong text', async () => {
  for (const fixture of ['json.html', 'bad-json.html', 'intake.html']) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(env.server.url(`/fixtures/${fixture}`));
    await page.waitForFunction(() =>
      document.querySelector('engagement-widget')?.shadowRoot?.textContent.includes('Loading the engagement guide')
    );
    const before = await drawn(page);
    assert.deepEqual(before.words.title, [], `${fixture}: no title before the module`);
    assert.deepEqual(before.words.expectations, [], `${fixture}: no expectations before the module`);
    release();
    await ready(page);
    const after = await drawn(page);
    if (fixture === 'json.html') {
      assert.deepEqual(after.words.title, ['Working with Attribute team'], 'attributes win over the JSON block');
      assert.deepEqual(after.words.expectations.map((t) => t.replace(/^\d+/, '')), ['Pair every day', 'Write it down']);
    }
    if (fixture === 'bad-json.html') {
      // The module reads what the loader could not: the defaults, with the problem said.
      assert.deepEqual(after.words.title, ['Working with us on an engagement'], 'the defaults, drawn by the module');
      assert.equal(after.words.expectations.length, 4);
      assert.match(await page.locator('.notice-warning').textContent(), /The JSON configuration could not be read/);
    }
    if (fixture === 'intake.html') {
      // A form that names its document: the lead and the pitch's last step say its name.
      assert.deepEqual(after.words.lead, ['Before an engagement starts, read the ground rules, see how a first meeting goes, and send us an intake request.']);
      assert.match(after.words.bodies.at(-2), /your team sends us an intake request, so that/);
      assert.deepEqual(after.words.bodies.at(-1), 'Write your intake request');
    }
    await context.close();
  }
});

test('attributes the module would report as problems are left to the module too', async () => {
  const long = 'x'.repeat(201);
  for (const attributes of [`team-name="${long}"`, 'theme="purple"', 'contact-email="not an address"']) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(await hostPage(page, `<engagement-widget ${attributes}></engagement-widget>`));
    await page.waitForFunction(() =>
      document.querySelector('engagement-widget')?.shadowRoot?.textContent.includes('Loading the engagement guide')
    );
    // The loader drew none of the words the module would have drawn otherwise.
    const before = await drawn(page);
    assert.deepEqual([before.words.title, before.words.expectations, before.words.steps], [[], [], []], attributes);
    release();
    await ready(page);
    await page.getByText("This widget's configuration has problems").waitFor();
    // The module then draws its own words, with the problem said above them.
    const after = await drawn(page);
    assert.equal(after.words.expectations.length, 4, attributes);
    assert.equal(after.words.title.length, 1, attributes);
    await context.close();
  }
});

test("the first render is in the page's language, and the loader reads the language and direction as the module does", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const app = () =>
    page.evaluate(() => {
      const root = document.querySelector('engagement-widget').shadowRoot;
      const app = root.querySelector('.app');
      return app && { lang: app.getAttribute('lang'), dir: app.getAttribute('dir') };
    });
  for (const [lang, expected] of [
    ['de', { lang: 'de', dir: 'ltr' }],
    ['de-CH', { lang: 'de-CH', dir: 'ltr' }],
    ['en', { lang: 'en', dir: 'ltr' }],
    ['fr', { lang: 'en', dir: 'ltr' }],
    ['ar-Latn', { lang: 'en', dir: 'ltr' }],
    ['az-Arab', { lang: 'en', dir: 'rtl' }],
    ['he', { lang: 'en', dir: 'rtl' }],
    ['constructor', { lang: 'en', dir: 'ltr' }],
    ['x<y', { lang: 'en', dir: 'ltr' }],
    [`de-${'x'.repeat(40)}`, { lang: 'en', dir: 'ltr' }],
  ]) {
    const release = await holdWasm(page);
    await page.goto(await hostPage(page, `<engagement-widget lang="${lang.replace('<', '&lt;')}"></engagement-widget>`));
    await page.locator('engagement-widget .pitch-title').first().waitFor();
    const first = await app();
    const words = await drawn(page);
    release();
    await page.locator('engagement-widget .form button[type=submit]').waitFor();
    await page.unroute(/_bg\.wasm$/);
    assert.deepEqual(first, expected, `the loader, lang=${lang}`);
    assert.deepEqual(await app(), expected, `the module, lang=${lang}`);
    assert.deepEqual((await drawn(page)).words, words.words, `the same words, lang=${lang}`);
    if (lang === 'de') assert.deepEqual(words.words.title, ['Zusammenarbeit mit uns in einem Engagement']);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
