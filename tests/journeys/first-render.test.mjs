// The first render (issue 18), in the engine ENGINE names: the loader draws the title, the
// expectations and the pitch from the page before the WebAssembly arrives, and the module then
// draws the same words in the same places. Where the host's configuration changes those words,
// the loader leaves them to the module and says it is loading instead. The test server holds
// the WebAssembly back until the test lets it go. (tests/first_render.rs holds the loader's
// words to the module's; this checks what a visitor sees.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine } from './driver.mjs';

const env = useEngine();
const WASM = /_bg\.wasm$/;

/** A page of our own under the server's origin, so that the loader's relative URLs work. */
let made = 0;
const hostPage = (body) =>
  env.server.page(
    `/fixtures/made-up-${++made}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script type="module" src="/engagement-widget.js"></script></head><body>${body}</body></html>`
  );

/** What the widget says above the form, with where its headings are. */
const drawn = (page) =>
  page.run((h) => {
    const root = h.root();
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

const ready = (page) => page.until((h) => h.has({ css: '.form button[type=submit]' }));
const heading = (page, text) => page.until((h, text) => h.has({ css: 'h2', text }) && h.find({ css: 'h2', text }).textContent.trim() === text, text);
const loading = (page) => page.until((h) => h.root().textContent.includes('Loading the engagement guide'));

test('before the WebAssembly arrives the page already shows the title, expectations and pitch, exactly as the module then draws them', async () => {
  const release = env.server.hold(WASM);
  const page = await env.engine.open(env.server.url('/'), { wait: false });
  await heading(page, 'Working with Developer Experience');
  const before = await drawn(page);
  assert.equal(before.form, false, 'the module has not run yet');
  assert.equal(before.loading, false);
  assert.equal(before.words.expectations.length, 4);
  assert.equal(before.words.steps.length, 5);
  assert.equal(before.words.steps[1], 'What is Developer Experience?');
  assert.match(before.words.bodies[1], /^We help every team build, test and ship safely and often\. We explain/);
  // Readable and usable already: an expectation opens.
  await page.click({ css: '.expectation-title', text: 'The aux engineer will not do the hard work' });
  await page.until((h) => h.all({ css: '.expectation-body' }).some((b) => /They cannot crush every problem/.test(b.textContent) && b.getBoundingClientRect().height > 0));

  release();
  await ready(page);
  const after = await drawn(page);
  assert.deepEqual(after.words, before.words, 'the module says exactly what the first render said');
  for (const [n, place] of before.places.entries()) {
    assert.ok(Math.abs(after.places[n] - place) <= 1, `heading ${n} stays where it was: ${place} then ${after.places[n]}`);
  }
  await page.close();
});

test('a team name and mission with $ patterns, quotes and markup are drawn as typed, before and after', async () => {
  const release = env.server.hold(WASM);
  const url = hostPage(
    `<engagement-widget team-name="Dev &amp; Ops $&amp; &lt;b&gt;" team-mission="We cost $$ and $' less. &quot;Really&quot;."></engagement-widget>`
  );
  const page = await env.engine.open(url, { wait: false });
  await heading(page, 'Working with Dev & Ops $& <b>');
  const before = await drawn(page);
  assert.equal(before.words.steps[1], 'What is Dev & Ops $& <b>?');
  assert.match(before.words.bodies[1], /^We cost \$\$ and \$' less\. "Really"\. We explain/);
  release();
  await ready(page);
  assert.deepEqual((await drawn(page)).words, before.words);
  await page.close();
});

test('without a team, the first render uses the general title and step, as the module does', async () => {
  const release = env.server.hold(WASM);
  const page = await env.engine.open(hostPage('<engagement-widget></engagement-widget>'), { wait: false });
  await heading(page, 'Working with us on an engagement');
  const before = await drawn(page);
  assert.equal(before.words.steps[1], 'What is our team?');
  release();
  await ready(page);
  assert.deepEqual((await drawn(page)).words, before.words);
  await page.close();
});

test('configuration that changes the words is left to the module: the loader says it is loading, never shows the wrong text', async () => {
  for (const fixture of ['json.html', 'bad-json.html', 'intake.html']) {
    const release = env.server.hold(WASM);
    const page = await env.engine.open(env.server.url(`/fixtures/${fixture}`), { wait: false });
    await loading(page);
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
      assert.match(await page.run((h) => h.text({ css: '.notice-warning' })), /The JSON configuration could not be read/);
    }
    if (fixture === 'intake.html') {
      // A form that names its document: the lead and the pitch's last step say its name.
      assert.deepEqual(after.words.lead, ['Before an engagement starts, read the ground rules, see how a first meeting goes, and send us an intake request.']);
      assert.match(after.words.bodies.at(-2), /your team sends us an intake request, so that/);
      assert.deepEqual(after.words.bodies.at(-1), 'Write your intake request');
    }
    await page.close();
  }
});

test('attributes the module would report as problems are left to the module too', async () => {
  const long = 'x'.repeat(201);
  for (const attributes of [`team-name="${long}"`, 'theme="purple"', 'contact-email="not an address"']) {
    const release = env.server.hold(WASM);
    const page = await env.engine.open(hostPage(`<engagement-widget ${attributes}></engagement-widget>`), { wait: false });
    await loading(page);
    // The loader drew none of the words the module would have drawn otherwise.
    const before = await drawn(page);
    assert.deepEqual([before.words.title, before.words.expectations, before.words.steps], [[], [], []], attributes);
    release();
    await ready(page);
    await page.until((h) => h.root().textContent.includes("This widget's configuration has problems"));
    // The module then draws its own words, with the problem said above them.
    const after = await drawn(page);
    assert.equal(after.words.expectations.length, 4, attributes);
    assert.equal(after.words.title.length, 1, attributes);
    await page.close();
  }
});

test("the first render is in the page's language, and the loader reads the language and direction as the module does", async () => {
  const app = (page) =>
    page.run((h) => {
      const app = h.root().querySelector('.app');
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
    const release = env.server.hold(WASM);
    const page = await env.engine.open(hostPage(`<engagement-widget lang="${lang.replace('<', '&lt;')}"></engagement-widget>`), { wait: false });
    await page.until((h) => h.has({ css: '.pitch-title' }));
    const first = await app(page);
    const words = await drawn(page);
    release();
    await ready(page);
    assert.deepEqual(first, expected, `the loader, lang=${lang}`);
    assert.deepEqual(await app(page), expected, `the module, lang=${lang}`);
    assert.deepEqual((await drawn(page)).words, words.words, `the same words, lang=${lang}`);
    if (lang === 'de') assert.deepEqual(words.words.title, ['Zusammenarbeit mit uns in einem Engagement']);
    await page.close();
  }
});
