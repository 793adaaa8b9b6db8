// Hand-off to the team's tracker (README, "Hand-off to a tracker"), in the engine ENGINE names:
// a host page naming GitHub, GitLab and Jira (and a javascript: address, refused). Each says
// where it goes, opens the tracker's new-issue page with the finished document in its address,
// and a document too long for an address goes on the clipboard first. Links into new tabs are
// recorded and not followed: nothing is fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useEngine, initScript } from './driver.mjs';
import { axe, paste } from './steps.mjs';

const env = useEngine();
const PAGE = '/fixtures/handoff.html';
const CHECK = { button: 'Check your intake request' };
const READY = (h) => h.has({ css: '.result-banner', text: 'Your intake request is ready' });

/** Records links into new tabs (not followed) and the host's hand-off events; `refuse` makes
 * the clipboard refuse. */
function recorder(refuse) {
  globalThis.__opened = [];
  globalThis.__handoffs = [];
  document.addEventListener(
    'click',
    (e) => {
      const link = e.composedPath().find((el) => el instanceof HTMLAnchorElement && el.target === '_blank');
      if (link) {
        globalThis.__opened.push({ url: link.href, target: link.target, rel: link.rel });
        e.preventDefault();
      }
    },
    true
  );
  window.open = (url) => {
    globalThis.__opened.push({ url, target: 'window.open' });
    return null;
  };
  document.addEventListener('engagement-handoff', (e) => globalThis.__handoffs.push(e.detail));
  if (refuse) {
    // Both ways of copying refuse: the Clipboard API and the text area's copy command.
    if (navigator.clipboard) {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      navigator.clipboard.write = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    }
    Document.prototype.execCommand = () => false;
  }
}

async function open({ refuse = false } = {}) {
  initScript(recorder, refuse);
  const page = await env.engine.open(env.server.url(PAGE), { wait: false });
  await page.until((h, check) => h.has(check), CHECK);
  return page;
}

/** Answers the intake form and checks it, so that the document is complete. */
async function complete(page, need = 'Read access to **two** datasets & a [link](https://x.example).') {
  await page.fill({ label: 'Service name' }, 'Billing API');
  await page.fill({ label: 'Owner email' }, 'ada@corp.example');
  await page.fill({ label: 'What do you need?' }, need);
  await page.fill({ label: 'Datasets' }, 'Invoices\nRefunds');
  await page.check({ label: 'High' });
  const boxes = await page.run((h) => h.all({ css: 'input[type=checkbox]' }).length);
  for (let i = 0; i < boxes; i++) await page.check({ css: 'input[type=checkbox]', nth: i });
  await page.click(CHECK);
  await page.until(READY);
}

/** The query parameters of a URL, decoded as a tracker reads them. */
const params = (url) => Object.fromEntries(new URL(url).searchParams);
const opened = (page) => page.run(() => globalThis.__opened);
const handoffs = (page) => page.run(() => globalThis.__handoffs);
/** The document's body: everything after its title line and the blank line after it. */
const bodyOf = (md) => md.slice(md.indexOf('\n\n') + 2);
/** The link or button whose accessible name is `name` (an aria-label). */
const named = (name) => ({ css: `[aria-label="${name}"]` });
/** Waits until the document holds `text` and the tracker's control (`Open as a new issue in
 * <where>`) has become the button that copies first: what a long document makes it. */
const copiesFirst = (page, where, text) =>
  page.until(
    (h, spec, text) => h.markdown().includes(text) && h.find(spec).tagName === 'BUTTON',
    named(`Open as a new issue in ${where}`),
    text
  );

test('nothing to open before the document is complete; then one per tracker, saying where it goes', async () => {
  const page = await open();
  const trackers = () =>
    page.run((h) => h.all({ css: 'a' }).filter((a) => /^Open as a new issue/.test(a.textContent.trim())).map((b) => [b.textContent.trim(), b.getAttribute('aria-label'), b.title]));
  assert.deepEqual(await trackers(), []);
  await complete(page);
  assert.deepEqual(await trackers(), [
    ['Open as a new issue in GitHub', 'Open as a new issue in GitHub, at github.com', 'Opens github.com in a new tab'],
    ['Open as a new issue in GitLab', 'Open as a new issue in GitLab, at gitlab.corp.example', 'Opens gitlab.corp.example in a new tab'],
    ['Open as a new issue in Jira', 'Open as a new issue in Jira, at jira.corp.example', 'Opens jira.corp.example in a new tab'],
  ]);
  // The javascript: address is refused, named at its place, and has no button.
  const notice = await page.run((h) => h.text({ css: '.notice-warning' }));
  assert.ok(
    notice.includes('handoff[3].url: must be an https: address (http: only on this machine), not "javascript:alert(document.cookie)//{title}{body}"; this tracker is not offered.'),
    notice
  );
  assert.equal(await page.run((h) => h.all({ css: 'a, button' }).some((e) => /Evil/.test(e.textContent))), false);
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await page.close();
});

test("each button opens its tracker's new issue with the document byte for byte, and the host hears it", async () => {
  const page = await open();
  await complete(page);
  const md = await page.run((h) => h.markdown());
  await page.click(named('Open as a new issue in GitHub, at github.com'));
  await page.click(named('Open as a new issue in GitLab, at gitlab.corp.example'));
  await page.click(named('Open as a new issue in Jira, at jira.corp.example'));
  const [github, gitlab, jira] = await page.until(() => globalThis.__opened.length === 3 && globalThis.__opened);
  for (const o of [github, gitlab, jira]) {
    assert.equal(o.target, '_blank');
    assert.match(o.rel, /noopener/);
  }
  assert.ok(github.url.startsWith('https://github.com/acme/platform-requests/issues/new?'), github.url);
  assert.deepEqual(params(github.url), { title: 'Intake: Billing API', body: bodyOf(md), labels: 'intake,high', assignees: 'devex-triage' });
  assert.ok(gitlab.url.startsWith('https://gitlab.corp.example/platform/requests/-/issues/new?'), gitlab.url);
  assert.deepEqual(params(gitlab.url), { 'issue[title]': 'Intake: Billing API', 'issue[description]': `${bodyOf(md)}\n\n/label ~"intake"` });
  assert.ok(jira.url.startsWith('https://jira.corp.example/secure/CreateIssueDetails!init.jspa?pid=10001&issuetype=10002&summary='), jira.url);
  assert.equal(params(jira.url).summary, 'Intake: Billing API');
  assert.equal(params(jira.url).description, bodyOf(md));
  assert.deepEqual(await handoffs(page), [
    { tracker: 'GitHub', url: github.url, viaClipboard: false },
    { tracker: 'GitLab', url: gitlab.url, viaClipboard: false },
    { tracker: 'Jira', url: jira.url, viaClipboard: false },
  ]);
  assert.equal(await page.run((h) => h.status()), 'The new issue in Jira opens in a new tab, with the intake request in it.');
  await page.close();
});

test('a long document (3,000 words) goes on the clipboard first, and the link says to paste it', async () => {
  const page = await open();
  await complete(page);
  // Three datasets of a thousand words and more each: about 3,000 words in all.
  await paste(page, { label: 'Datasets' }, Array.from({ length: 3 }, (_, n) => `Dataset ${n}: ${'rows of invoices and refunds '.repeat(220)}`).join('\n'));
  await page.click(CHECK);
  await page.until(READY);
  await copiesFirst(page, 'GitHub, at github.com', 'Dataset 2');
  const md = await page.run((h) => h.markdown());
  assert.ok(md.split(/\s+/).length > 3000, `${md.split(/\s+/).length} words`);
  await page.click(named('Open as a new issue in GitHub, at github.com'));
  await page.until((h) =>
    h.status().includes("The intake request is on your clipboard: paste it into the issue's description. Open the new issue with the link below.")
  );
  assert.equal(await page.clipboard(), md);
  assert.deepEqual(await opened(page), [], 'the visitor opens the issue, with a fresh click');
  await page.click(named('Open the new issue in GitHub, at github.com'));
  const [github] = await page.until(() => globalThis.__opened.length === 1 && globalThis.__opened);
  assert.deepEqual(params(github.url), { title: 'Intake: Billing API', body: 'Paste the intake request here.', labels: 'intake,high', assignees: 'devex-triage' });
  assert.ok(github.url.length <= 8000);
  assert.deepEqual(await handoffs(page), [{ tracker: 'GitHub', url: github.url, viaClipboard: true }]);
  await page.close();
});

test('where the clipboard refuses, the document is selected in its box and nothing opens until the visitor chooses', async () => {
  const page = await open({ refuse: true });
  await complete(page);
  await paste(page, { label: 'Datasets' }, Array.from({ length: 3 }, (_, n) => `Dataset ${n} ${'word '.repeat(700)}`).join('\n'));
  await page.click(CHECK);
  await page.until(READY);
  await copiesFirst(page, 'GitLab, at gitlab.corp.example', 'Dataset 2');
  await page.click(named('Open as a new issue in GitLab, at gitlab.corp.example'));
  await page.until((h) => /could not be copied automatically: it is selected in the Generated Markdown box/.test(h.status()));
  assert.deepEqual(await opened(page), [], 'nothing opened');
  const selection = await page.run((h) => {
    const el = h.find({ label: 'Generated Markdown' });
    const active = el.getRootNode().activeElement;
    return { start: el.selectionStart, end: el.selectionEnd, length: el.value.length, focus: active && (active.getAttribute('aria-label') || active.id || active.className) };
  });
  assert.ok(selection.length > 0 && selection.start === 0 && selection.end === selection.length, `the whole document is selected: ${JSON.stringify(selection)}`);
  // The visitor copies it, then chooses to open the issue.
  await page.click(named('Open the new issue in GitLab, at gitlab.corp.example'));
  const [gitlab] = await page.until(() => globalThis.__opened.length === 1 && globalThis.__opened);
  assert.equal(params(gitlab.url)['issue[description]'], 'Paste the intake request here.\n\n/label ~"intake"');
  assert.deepEqual(await handoffs(page), [{ tracker: 'GitLab', url: gitlab.url, viaClipboard: true }]);
  await page.close();
});
