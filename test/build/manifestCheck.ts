// Offline checks of an Office add-in XML manifest (what `office-addin-manifest validate` would
// catch locally, minus the schema): well-formed, resids defined, URLs https and on one host.
// @xmldom/xmldom comes with office-addin-manifest (a dev dependency).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DOMParser } = require('@xmldom/xmldom');

export interface ParsedManifest {
  doc: Document;
  errors: string[];
}

export function parseManifest(xml: string): ParsedManifest {
  const errors: string[] = [];
  const parser = new DOMParser({
    // xmldom 0.8 reports mismatched end tags only as warnings: count them as errors too.
    errorHandler: {
      warning: (m: string) => errors.push(`warning: ${m}`),
      error: (m: string) => errors.push(`error: ${m}`),
      fatalError: (m: string) => errors.push(`fatal: ${m}`),
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (e) {
    errors.push(`fatal: ${(e as Error).message}`);
    doc = parser.parseFromString('<OfficeApp/>', 'text/xml');
  }
  return { doc, errors };
}

export function allElements(doc: Document): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        out.push(c as Element);
        walk(c);
      }
    }
  };
  walk(doc);
  return out;
}

/** Elements by local name (ignores the bt:/ov: prefixes). */
export function byName(doc: Document, localName: string): Element[] {
  return allElements(doc).filter((e) => (e.localName || e.nodeName.replace(/^.*:/, '')) === localName);
}

/** Every URL the manifest holds: DefaultValue/Value attributes that look like URLs, and AppDomain text. */
export function manifestUrls(doc: Document): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const e of allElements(doc)) {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = e.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) out.push({ where: `${e.nodeName}@${attr}`, url: v });
    }
    if (e.nodeName === 'AppDomain' && e.textContent) out.push({ where: 'AppDomain', url: e.textContent.trim() });
  }
  return out;
}

/** The structural checks; returns every problem found (empty = fine). */
export function checkManifest(xml: string): string[] {
  const { doc, errors } = parseManifest(xml);
  const problems = [...errors];
  if (errors.length) return problems;
  const root = doc.documentElement;
  if (!root || root.nodeName !== 'OfficeApp') problems.push('root element is not OfficeApp');

  // resids
  const defined = new Map<string, string>();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const e of byName(doc, kind)) {
      const id = e.getAttribute('id');
      if (!id) continue;
      if (defined.has(id)) problems.push(`resource id ${id} defined twice`);
      defined.set(id, kind);
    }
  }
  const used = new Set<string>();
  for (const e of allElements(doc)) {
    const r = e.getAttribute('resid');
    if (r === null || r === '') continue;
    used.add(r);
    if (!defined.has(r)) problems.push(`resid "${r}" (on <${e.nodeName}>) is not defined in Resources`);
    if (r.length > 32) problems.push(`resid "${r}" is longer than 32 characters`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource ${id} is never used`);

  // URLs: https, one origin (that of the task pane's SourceLocation)
  const urls = manifestUrls(doc);
  const source = byName(doc, 'SourceLocation').find((e) => e.getAttribute('DefaultValue'));
  const origin = source ? new URL(source.getAttribute('DefaultValue')!).origin : '';
  if (!origin) problems.push('DefaultSettings/SourceLocation has no DefaultValue');
  for (const { where, url } of urls) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      problems.push(`${where}: not a URL: ${url}`);
      continue;
    }
    if (u.protocol !== 'https:') problems.push(`${where}: not https: ${url}`);
    if (origin && u.origin !== origin) problems.push(`${where}: host ${u.origin} differs from ${origin}`);
  }

  // string lengths (Office limits)
  for (const e of byName(doc, 'ShortStrings').flatMap((s) => byNameIn(s, 'String'))) {
    for (const v of stringValues(e)) if (v.length > 125) problems.push(`short string ${e.getAttribute('id')} exceeds 125 characters`);
  }
  for (const e of byName(doc, 'LongStrings').flatMap((s) => byNameIn(s, 'String'))) {
    for (const v of stringValues(e)) if (v.length > 250) problems.push(`long string ${e.getAttribute('id')} exceeds 250 characters`);
  }
  return problems;
}

export function byNameIn(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const el = c as Element;
        if ((el.localName || el.nodeName.replace(/^.*:/, '')) === localName) out.push(el);
        walk(c);
      }
    }
  };
  walk(parent);
  return out;
}

function stringValues(e: Element): string[] {
  const out = [e.getAttribute('DefaultValue') ?? ''];
  for (const o of byNameIn(e, 'Override')) out.push(o.getAttribute('Value') ?? '');
  return out;
}
