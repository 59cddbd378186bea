// A stub office.js for the built page in headless Chromium: Office says the host is Excel,
// CustomFunctions collects the registered functions (window.__mzRegistry), Excel.run runs against
// test/ui/fakeExcel.ts (window.__fx). `?seed=<JSON rows>` puts a saved _MZ_DATA sheet in the workbook.
// Used by test/browser/functions.test.ts and bench/ui.bench.js.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');

/** test/ui/fakeExcel.ts (and the core module it imports) as a page script defining window.__mzFake. */
function fakeExcelScript() {
  const ts = require('typescript');
  const mod = (file) =>
    ts.transpileModule(fs.readFileSync(path.join(root, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
    }).outputText;
  return `(() => {
    const src = {
      '../../src/core/workbook': function (module, exports, require) { ${mod('src/core/workbook.ts')} },
      './fakeExcel': function (module, exports, require) { ${mod('test/ui/fakeExcel.ts')} },
    };
    const cache = {};
    const req = (n) => { if (!cache[n]) { const m = { exports: {} }; cache[n] = m; src[n](m, m.exports, req); } return cache[n].exports; };
    window.__mzFake = req('./fakeExcel');
  })();`;
}

const officeStub = `(() => {
  const { FakeExcel, FakeSheet } = window.__mzFake;
  const fx = new FakeExcel(['Sheet1']);
  const seed = new URLSearchParams(location.search).get('seed');
  if (seed) {
    // a workbook saved earlier with its own user data in the hidden sheet
    const s = new FakeSheet('_MZ_DATA');
    s.visibility = 'Hidden';
    JSON.parse(seed).forEach((row, r) => row.forEach((v, c) => { if (v !== '') s.cells.set(r + ',' + c, { value: v }); }));
    fx.sheets.push(s);
  }
  window.__fx = fx;
  window.Excel = { run: fx.run, CalculationType: { full: 'Full' } };
  window.Office = {
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    context: { requirements: { isSetSupported: () => true } },
  };
  const registry = {};
  class CfError { constructor(code, message) { this.code = code; this.message = message; } }
  window.CustomFunctions = {
    associate: (id, fn) => { registry[id] = fn; window.__mzRegisteredAt = performance.now(); },
    Error: CfError,
    ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' },
  };
  window.__mzRegistry = registry;
})();`;

/** The init script for a browser context: the fake Excel, then the stub office.js. */
function officeInitScript() {
  return fakeExcelScript() + '\n' + officeStub;
}

/** The page URL as Office opens it (with _host_Info), optionally with a saved _MZ_DATA sheet. */
function officeUrl(base, seed) {
  const q = new URLSearchParams({ _host_Info: 'Excel$Win32$16.01$zh-CN$$$$0', ...(seed ? { seed: JSON.stringify(seed) } : {}) });
  return `${base}taskpane.html?${q}`;
}

module.exports = { officeInitScript, officeUrl };
