/**
 * A second, client-side allow-list over post bodies (the API already sanitises every body it stores
 * with the OWASP sanitiser): whatever reaches the page is rebuilt from the elements and attributes
 * below, with links and images only to http(s) (links also mailto). Anything else is dropped, its
 * text kept (except inside script, style and the like, dropped whole).
 */
const ELEMENTS = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
  'a',
  'img',
]);
const RENAMED: Record<string, string> = { h1: 'h2', div: 'p', b: 'strong', i: 'em' };
const DROPPED_WHOLE = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'title',
]);
const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};

/** Whether a URL is one a post may link to (links) or show (images). */
export function safeUrl(raw: string, forLink: boolean): boolean {
  const url = raw.trim();
  // eslint-disable-next-line no-control-regex -- control characters hide a scheme from naive checks
  if (/[\u0000-\u001f]/.test(url)) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return false;
  return scheme === 'http' || scheme === 'https' || (forLink && scheme === 'mailto');
}

function copy(source: Node, target: Node, doc: Document): void {
  source.childNodes.forEach((child) => {
    if (child.nodeType === 3) {
      target.appendChild(doc.createTextNode(child.textContent ?? ''));
      return;
    }
    if (child.nodeType !== 1) return;
    const element = child as Element;
    const name = element.tagName.toLowerCase();
    if (DROPPED_WHOLE.has(name)) return;
    const kept = RENAMED[name] ?? name;
    if (!ELEMENTS.has(kept)) {
      copy(element, target, doc);
      return;
    }
    const out = doc.createElement(kept);
    for (const attribute of ATTRIBUTES[kept] ?? []) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      if ((attribute === 'href' || attribute === 'src') && !safeUrl(value, attribute === 'href')) continue;
      if (['width', 'height', 'colspan', 'rowspan'].includes(attribute) && !/^\d{1,4}$/.test(value)) continue;
      out.setAttribute(attribute, value);
    }
    if (kept === 'a') out.setAttribute('rel', 'noopener noreferrer nofollow');
    if (kept === 'img' && !out.hasAttribute('src')) return;
    copy(element, out, doc);
    target.appendChild(out);
  });
}

/** The HTML rebuilt from what is allowed only. */
export function safeHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.implementation.createHTMLDocument('');
  const root = out.createElement('div');
  copy(parsed.body, root, out);
  return root.innerHTML;
}

/** The text of some HTML, for length checks and "is anything written" (no markup counted). */
export function htmlText(html: string): string {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return (parsed.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
