import fs from 'fs';
import path from 'path';
import { byName, byNameIn, checkManifest, manifestUrls, parseManifest } from './manifestCheck';

const root = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const { doc } = parseManifest(xml);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require('../../webpack.config.js');

function resource(id: string): Element {
  const e = [...byName(doc, 'Url'), ...byName(doc, 'String'), ...byName(doc, 'Image')].find((x) => x.getAttribute('id') === id);
  if (!e) throw new Error(`resource ${id} missing`);
  return e;
}
function zhOverride(e: Element): string | null {
  const o = byNameIn(e, 'Override').find((x) => x.getAttribute('Locale') === 'zh-CN');
  return o ? o.getAttribute('Value') : null;
}

describe('manifest.xml offline checks', () => {
  test('is well-formed and passes the structural checks', () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  test('the checker catches broken manifests', () => {
    expect(checkManifest('<OfficeApp><Id>x</OfficeApp>').join('\n')).toMatch(/unclosed/);
    expect(checkManifest('<OfficeApp a="1" a="2"></OfficeApp>').join('\n')).toMatch(/redefined/);
    const badResid = xml.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nmespace"/>');
    expect(checkManifest(badResid).join('\n')).toMatch(/Functions\.Nmespace.*not defined/);
    const http = xml.replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js');
    expect(checkManifest(http).join('\n')).toMatch(/not https/);
    const otherHost = xml.replace('https://localhost:3000/functions.json"', 'https://example.com/functions.json"');
    expect(checkManifest(otherHost).join('\n')).toMatch(/differs from https:\/\/localhost:3000/);
  });

  test('has a fixed GUID id, TaskPaneApp type and a Workbook host', () => {
    expect(byName(doc, 'Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(byName(doc, 'Host').some((h) => h.getAttribute('Name') === 'Workbook')).toBe(true);
  });

  test('requires what the code uses: CustomFunctionsRuntime 1.2 (errors with messages) and SharedRuntime 1.1', () => {
    const min = (name: string) => byName(doc, 'Set').find((s) => s.getAttribute('Name') === name)?.getAttribute('MinVersion');
    expect(min('CustomFunctionsRuntime')).toBe('1.2');
    expect(min('SharedRuntime')).toBe('1.1');
    // the checker refuses a lower version, a missing set, and a page outside the shared runtime
    const cf11 = xml.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>');
    expect(checkManifest(cf11).join('\n')).toMatch(/CustomFunctionsRuntime 1\.1 is below 1\.2/);
    const noShared = xml.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '');
    expect(checkManifest(noShared).join('\n')).toMatch(/needs <Set Name="SharedRuntime"/);
    const ownPage = xml
      .replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html"/><bt:Url id="Taskpane.Url"')
      .replace(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, '$1Functions.Page.Url');
    expect(checkManifest(ownPage).join('\n')).toMatch(/CustomFunctions <Page> \(Functions\.Page\.Url\) is not the shared runtime's page/);
    const short = xml.replace('lifetime="long"', 'lifetime="short"');
    expect(checkManifest(short).join('\n')).toMatch(/lifetime should be "long"/);
  });

  test('one shared runtime: the functions, the task pane and the function file all use taskpane.html', () => {
    const rt = byName(doc, 'Runtime');
    expect(rt.map((r) => [r.getAttribute('resid'), r.getAttribute('lifetime')])).toEqual([['Taskpane.Url', 'long']]);
    expect(resource('Taskpane.Url').getAttribute('DefaultValue')).toMatch(/\/taskpane\.html$/);
  });

  test('declares the custom functions extension point with namespace MZ', () => {
    const ep = byName(doc, 'ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions');
    expect(ep).toBeDefined();
    const resid = (name: string) => byNameIn(ep!, name)[0]?.getAttribute('resid') ?? byNameIn(byNameIn(ep!, name)[0], 'SourceLocation')[0]?.getAttribute('resid');
    const script = byNameIn(byNameIn(ep!, 'Script')[0], 'SourceLocation')[0].getAttribute('resid')!;
    const page = byNameIn(byNameIn(ep!, 'Page')[0], 'SourceLocation')[0].getAttribute('resid')!;
    const meta = byNameIn(byNameIn(ep!, 'Metadata')[0], 'SourceLocation')[0].getAttribute('resid')!;
    expect(resource(script).getAttribute('DefaultValue')).toMatch(/\/functions\.js$/);
    expect(resource(page).getAttribute('DefaultValue')).toMatch(/\/taskpane\.html$/);
    expect(resource(meta).getAttribute('DefaultValue')).toMatch(/\/functions\.json$/);
    const ns = resource(resid('Namespace')!);
    expect(ns.getAttribute('DefaultValue')).toBe('MZ');
    expect(byNameIn(ns, 'Override')).toHaveLength(0); // the namespace is the same in every language
  });

  test('serves Chinese function metadata through the zh-CN override', () => {
    expect(zhOverride(resource('Functions.Metadata.Url'))).toMatch(/\/functions-zh-cn\.json$/);
  });

  test('has zh-CN display strings for the name, description and every UI string', () => {
    expect(zhOverride(byName(doc, 'DisplayName')[0])).toMatch(/民政/);
    expect(zhOverride(byName(doc, 'Description')[0])).toMatch(/[\u4e00-\u9fff]/);
    const strings = byName(doc, 'String').filter((s) => s.getAttribute('id') !== 'Functions.Namespace');
    expect(strings.length).toBeGreaterThan(3);
    for (const s of strings) expect([s.getAttribute('id'), zhOverride(s)]).toEqual([s.getAttribute('id'), expect.stringMatching(/[\u4e00-\u9fff]/)]);
  });

  test('has a Home-tab ribbon button that opens the task pane, with 16/32/80 icons', () => {
    const tab = byName(doc, 'OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const button = byNameIn(tab, 'Control').find((c) => c.getAttribute('xsi:type') === 'Button')!;
    const action = byNameIn(button, 'Action')[0];
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const pane = byNameIn(action, 'SourceLocation')[0].getAttribute('resid')!;
    expect(resource(pane).getAttribute('DefaultValue')).toMatch(/\/taskpane\.html$/);
    const sizes = byNameIn(button, 'Image').map((i) => i.getAttribute('size'));
    expect(sizes).toEqual(['16', '32', '80']);
  });

  test('every icon URL points at a PNG in assets/ of the size its id says', () => {
    const iconUrls = manifestUrls(doc).filter((u) => /\/assets\//.test(u.url));
    expect(iconUrls.length).toBeGreaterThanOrEqual(5);
    for (const { url } of iconUrls) {
      const file = path.join(root, 'assets', path.basename(new URL(url).pathname));
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const m = /icon-(\d+)\.png$/.exec(file);
      expect(m).not.toBeNull();
      expect(png.readUInt32BE(16)).toBe(Number(m![1])); // IHDR width
      expect(png.readUInt32BE(20)).toBe(Number(m![1]));
    }
  });

  test('every page the manifest names is produced by the webpack config', () => {
    const cfg = fs.readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
    const pages = manifestUrls(doc)
      .map((u) => new URL(u.url).pathname.replace(/^\//, ''))
      .filter((p) => p && !p.startsWith('assets/'));
    for (const p of new Set(pages)) {
      if (p === 'functions.js') expect(cfg).toMatch(/functions: '\.\/src\/functions\/functions\.ts'/);
      else expect([p, cfg.includes(`'${p}'`)]).toEqual([p, true]);
    }
  });
});

describe('rewriteManifest (MZ_URL)', () => {
  test('moves every URL to the production base, keeping paths, and AppDomain to its origin', () => {
    const out: string = rewriteManifest(xml, 'https://mz.example.org/addin');
    expect(out).not.toMatch(/localhost/);
    expect(checkManifest(out)).toEqual([]);
    const d = parseManifest(out).doc;
    const urls = manifestUrls(d);
    for (const { where, url } of urls) {
      if (where === 'AppDomain') expect(url).toBe('https://mz.example.org');
      else expect(url.startsWith('https://mz.example.org/addin/')).toBe(true);
    }
    expect(out).toContain('https://mz.example.org/addin/functions-zh-cn.json');
  });

  test('leaves the manifest unchanged without MZ_URL and refuses http', () => {
    expect(rewriteManifest(xml, '')).toBe(xml);
    expect(() => rewriteManifest(xml, 'http://mz.example.org/')).toThrow(/https/);
    expect(() => rewriteManifest(xml, 'not a url')).toThrow(/not a URL/);
  });
});
