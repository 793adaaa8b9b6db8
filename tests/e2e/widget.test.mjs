// The built dist/ in real Chromium: the demo page shows the widget and its content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, launch, openPage, dist } from './harness.mjs';

const env = useBrowser();

test('the demo page shows the four expectations and the five pitch steps', async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url('/'));
  const widget = page.locator('engagement-widget');
  await widget.getByRole('heading', { name: 'Working with Developer Experience' }).waitFor();
  const titles = await widget.locator('.expectation-title').allInnerTexts();
  assert.equal(titles.length, 4);
  for (const [i, expected] of [
    'The aux engineer will not do the hard work',
    'Diffusion is the primary goal; project success is the secondary one',
    'Weekly retros and schedules matter, and critical feedback is strongly encouraged',
    'If failure modes persist, the engagement ends early',
  ].entries()) {
    assert.match(titles[i], new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  const steps = await widget.locator('.pitch-title').allInnerTexts();
  assert.deepEqual(steps, [
    'What is AuxEng?',
    'What is Developer Experience?',
    'Why AuxEng?',
    'What does an embed do?',
    'How do we get started?',
  ]);
  for (const step of steps) assert.ok(await widget.getByRole('heading', { name: step }).isVisible());

  // The expectations are collapsible.
  const body = widget.locator('.expectation-body').first();
  assert.equal(await body.isVisible(), false);
  await widget.locator('.expectation-title').first().click();
  assert.equal(await body.isVisible(), true);
  assert.match(await body.innerText(), /Aux engineers help with what they are able to help with/);

  // The widget lives in an open shadow root.
  assert.equal(await widget.evaluate((el) => el.shadowRoot?.mode), 'open');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Write your one-pager" takes the visitor to the form', async () => {
  const { page, context } = await openPage(env.browser, env.server.url('/'));
  await page.getByRole('link', { name: 'Write your one-pager' }).click();
  const focused = await page.evaluate(() => document.querySelector('engagement-widget').shadowRoot.activeElement?.textContent);
  assert.equal(focused, 'Write your one-pager');
  assert.equal(new URL(page.url()).hash, '', 'the host URL is untouched');
  await context.close();
});

test('dist/ has the loader under its stable name, the app under hashed names, and no inline scripts or style attributes', async () => {
  const files = await readdir(dist);
  for (const name of ['index.html', 'engagement-widget.js', 'embed.html', 'embed-frame.js']) {
    assert.ok(files.includes(name), `dist/${name} exists`);
  }
  const app = files.filter((f) => f.startsWith('engagement-widget-app'));
  assert.equal(app.length, 2, app.join(', '));
  const [hash] = app[0].match(/\.([0-9a-f]{16})[._]/)?.slice(1) ?? [];
  assert.ok(hash, app[0]);
  assert.deepEqual(app.sort(), [`engagement-widget-app.${hash}.js`, `engagement-widget-app.${hash}_bg.wasm`]);
  const loader = await readFile(join(dist, 'engagement-widget.js'), 'utf8');
  assert.ok(loader.includes(`'./engagement-widget-app.${hash}.js'`) && loader.includes(`'./engagement-widget-app.${hash}_bg.wasm'`), 'the loader names the pair');
  for (const name of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(dist, name), 'utf8');
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const [, attributes, body] = script;
      if (/type=["']application\/json["']/i.test(attributes)) continue;
      assert.equal(body.trim(), '', `${name}: inline script body`);
      assert.match(attributes, /\bsrc=/, `${name}: script without src`);
    }
    assert.doesNotMatch(html, /\sstyle=/i, `${name}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${name}: inline event handler`);
  }
});
