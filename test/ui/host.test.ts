/** @jest-environment jsdom */
import { detectHost, looksLikeOffice, officeJsUrl, CDN_OFFICE_JS } from '../../src/taskpane/app/host';

function fakeWin(opts: { search?: string; framed?: boolean; office?: unknown } = {}): Window {
  const w: Record<string, unknown> = {
    location: { search: opts.search ?? '', hash: '' },
    sessionStorage: { getItem: () => null },
    document,
    Office: opts.office,
  };
  w.parent = opts.framed ? {} : w;
  return w as unknown as Window;
}

afterEach(() => {
  document.head.querySelectorAll('script,meta').forEach((e) => e.remove());
});

test('a plain top-level page is standalone at once, without loading office.js', async () => {
  const w = fakeWin();
  expect(looksLikeOffice(w)).toBe(false);
  const t0 = Date.now();
  expect(await detectHost(w, 5000, 5000)).toBe('standalone');
  expect(Date.now() - t0).toBeLessThan(1000);
  expect(document.head.querySelector('script')).toBeNull();
});

test('Office (_host_Info) with office.js present and onReady → excel', async () => {
  const w = fakeWin({ search: '?_host_Info=Excel$Win32$16.01$zh-CN', office: { onReady: async () => ({ host: 'Excel' }) } });
  expect(await detectHost(w)).toBe('excel');
});

test('a framed page without Office markers (the standalone page in a portal) loads nothing from the CDN', async () => {
  const w = fakeWin({ framed: true });
  expect(looksLikeOffice(w)).toBe(false);
  expect(await detectHost(w, 100, 200)).toBe('standalone');
  expect(document.head.querySelector('script')).toBeNull();
});

test('Office page whose office.js cannot load falls back to standalone, not waiting forever', async () => {
  const w = fakeWin({ framed: true, search: '?_host_Info=Excel$Win32$16.01$zh-CN' });
  const p = detectHost(w, 100, 200);
  // jsdom does not fetch scripts: simulate the network failure of the injected tag
  const s = document.head.querySelector('script') as HTMLScriptElement;
  expect(s.src).toBe(CDN_OFFICE_JS);
  s.dispatchEvent(new Event('error'));
  expect(await p).toBe('standalone');
});

test('Office.onReady that never resolves is cut off by the timeout', async () => {
  const w = fakeWin({ search: '?_host_Info=Excel', office: { onReady: () => new Promise(() => {}) } });
  expect(await detectHost(w, 50, 50)).toBe('standalone');
});

test('?standalone=1 forces the standalone page; a meta tag points office.js to the add-in host', () => {
  expect(looksLikeOffice(fakeWin({ search: '?_host_Info=x&standalone=1' }))).toBe(false);
  const m = document.createElement('meta');
  m.name = 'mz-office-js';
  m.content = 'office/office.js';
  document.head.appendChild(m);
  expect(officeJsUrl(document)).toBe('office/office.js');
});
