// Where the page runs: inside Excel (office.js loaded and Office.onReady says Excel) or as the
// standalone page in a plain browser. Never waits for Office.onReady longer than a timeout.

export type HostKind = 'excel' | 'standalone';

export const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * True when the page is hosted by Office: Office opens add-in pages with `_host_Info` in the URL
 * (and office.js keeps it in sessionStorage across reloads). Being framed is not enough: the
 * standalone page embedded in an intranet portal must not fetch office.js.
 */
export function looksLikeOffice(win: Window): boolean {
  const q = win.location.search + win.location.hash;
  if (/[?&]standalone=1\b/.test(q)) return false;
  if (/_host_Info=/i.test(q)) return true;
  try {
    if (win.sessionStorage.getItem('hostInfoValue') || win.sessionStorage.getItem('mz.host') === 'office') return true;
  } catch {
    // storage blocked: ignore
  }
  return false;
}

/** The office.js URL: <meta name="mz-office-js"> (same-host copy for intranets) or Microsoft's CDN. */
export function officeJsUrl(doc: Document): string {
  const meta = doc.querySelector('meta[name="mz-office-js"]');
  return meta?.getAttribute('content') || CDN_OFFICE_JS;
}

function loadScript(doc: Document, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = doc.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = () => resolve(true);
    s.onerror = () => resolve(false);
    doc.head.appendChild(s);
  });
}

/**
 * Resolves 'excel' when office.js loads (bounded by `loadTimeoutMs`) and Office.onReady reports
 * Excel within `readyTimeoutMs`; otherwise 'standalone'. A plain top-level page resolves at once
 * without loading office.js.
 */
export async function detectHost(win: Window = window, readyTimeoutMs = 1500, loadTimeoutMs = 6000): Promise<HostKind> {
  if (!looksLikeOffice(win)) return 'standalone';
  const g = win as unknown as { Office?: typeof Office };
  const within = <T,>(p: Promise<T>, ms: number, fallback: T) =>
    Promise.race([p, new Promise<T>((r) => setTimeout(() => r(fallback), ms))]);
  try {
    if (typeof g.Office === 'undefined') {
      const ok = await within(loadScript(win.document, officeJsUrl(win.document)), loadTimeoutMs, false);
      if (!ok || typeof g.Office === 'undefined') return 'standalone';
    }
    const info = await within(g.Office!.onReady(), readyTimeoutMs, null);
    return info && String(info.host) === 'Excel' ? 'excel' : 'standalone';
  } catch {
    return 'standalone';
  }
}
