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

  problems.push(...runtimeProblems(doc, defined));

  // string lengths (Office limits)
  for (const e of byName(doc, 'ShortStrings').flatMap((s) => byNameIn(s, 'String'))) {
    for (const v of stringValues(e)) if (v.length > 125) problems.push(`short string ${e.getAttribute('id')} exceeds 125 characters`);
  }
  for (const e of byName(doc, 'LongStrings').flatMap((s) => byNameIn(s, 'String'))) {
    for (const v of stringValues(e)) if (v.length > 250) problems.push(`long string ${e.getAttribute('id')} exceeds 250 characters`);
  }
  return problems;
}

/** What the code needs of the host, as requirement sets: name → lowest version. */
export const CODE_NEEDS: Record<string, string> = {
  // CustomFunctions.Error with a message (#N/A / #VALUE! with Chinese text): CustomFunctionsRuntime 1.2
  CustomFunctionsRuntime: '1.2',
  // one runtime for the pane and the functions (per workbook): SharedRuntime 1.1
  SharedRuntime: '1.1',
};

const versionLess = (a: string, b: string) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
};

/**
 * Requirement sets and the shared runtime: custom functions need CustomFunctionsRuntime at the
 * version the code uses; a <Runtimes> entry needs SharedRuntime, lifetime="long", and the custom
 * functions' page, the task pane and the function file must all be that one runtime's page.
 */
function runtimeProblems(doc: Document, defined: Map<string, string>): string[] {
  const problems: string[] = [];
  const sets = new Map<string, string>();
  const req = byName(doc, 'Requirements')[0];
  for (const s of req ? byNameIn(req, 'Set') : []) {
    const sets0 = s.parentNode as Element | null;
    const dflt = sets0?.getAttribute?.('DefaultMinVersion') ?? '1.1';
    sets.set(s.getAttribute('Name') ?? '', s.getAttribute('MinVersion') || dflt);
  }
  const need = (name: string, why: string) => {
    const have = sets.get(name);
    if (!have) problems.push(`Requirements: ${why} needs <Set Name="${name}" MinVersion="${CODE_NEEDS[name]}"/>`);
    else if (versionLess(have, CODE_NEEDS[name])) problems.push(`Requirements: ${name} ${have} is below ${CODE_NEEDS[name]}, which ${why} needs`);
  };
  const cf = byName(doc, 'ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions');
  if (cf) need('CustomFunctionsRuntime', 'custom functions with error messages');
  const runtimes = byName(doc, 'Runtime');
  if (!runtimes.length) return problems;
  need('SharedRuntime', 'the shared runtime (<Runtimes>)');
  const ids = runtimes.map((r) => r.getAttribute('resid') ?? '');
  for (const r of runtimes) {
    const id = r.getAttribute('resid') ?? '';
    if (defined.get(id) !== 'Url') problems.push(`Runtime resid "${id}" is not a bt:Url`);
    if (r.getAttribute('lifetime') !== 'long') problems.push(`Runtime ${id}: lifetime should be "long" (the functions keep running with the pane closed)`);
  }
  const shared = (what: string, resid: string | null | undefined) => {
    if (resid && !ids.includes(resid)) problems.push(`${what} (${resid}) is not the shared runtime's page (${ids.join(', ')})`);
  };
  if (cf) {
    const page = byNameIn(cf, 'Page')[0];
    shared('CustomFunctions <Page>', page ? byNameIn(page, 'SourceLocation')[0]?.getAttribute('resid') : null);
  }
  for (const a of byName(doc, 'Action').filter((e) => e.getAttribute('xsi:type') === 'ShowTaskpane')) {
    shared('ShowTaskpane <SourceLocation>', byNameIn(a, 'SourceLocation')[0]?.getAttribute('resid'));
  }
  for (const f of byName(doc, 'FunctionFile')) shared('<FunctionFile>', f.getAttribute('resid'));
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
