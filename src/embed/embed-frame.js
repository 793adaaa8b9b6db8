// embed-frame.js: runs in dist/embed.html, the page a host shows in an <iframe> when it cannot
// add scripts to its own page (a wiki, say).
//
//   <iframe src="https://intranet.example/widgets/embed.html#origin=https://wiki.example&team-name=Developer%20Experience"
//           title="Engagement one-pager" width="100%" height="900"></iframe>
//
// Settings come from the URL fragment (never the query string): the element's attributes
// (team-name, team-mission, contact-email, draft-key, theme, and lang and dir for the page's
// language), prefilled answers (ew-...), and
// `origin`, the host page's origin. Only that origin is told the page's height, so a host
// snippet (README, "Embedding") can size the frame to its content.
// The element's attributes, as src/core/config.rs lists them (tests/attributes.rs checks).
const ATTRIBUTES = ['team-name', 'team-mission', 'contact-email', 'draft-key', 'theme', 'lang', 'dir'];
const params = new URLSearchParams(location.hash.slice(1));
const widget = document.querySelector('engagement-widget');
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (widget && value) widget.setAttribute(name, value);
}

const origin = params.get('origin');
if (origin && window.parent !== window) {
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    try {
      window.parent.postMessage({ type: 'engagement-widget:height', height }, origin);
    } catch (error) {
      console.error('engagement-widget: the origin in the frame URL is not valid:', error);
    }
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}
