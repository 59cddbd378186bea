// Test fixtures for the task pane: a small dataset CSV whose numbers are chosen by hand, so the
// expected findings follow from the rules (特困 1000 < 1.3 × 低保 821 = 1067.3; 孤儿 机构 1200 < 散居 1300).
import { TextDecoder, TextEncoder } from 'util';
import { configure } from '@testing-library/react';
import { AppModel, CoreApi } from '../../src/taskpane/app/model';
import { createCore } from '../../src/taskpane/app/core';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { WorkbookAdapter } from '../../src/core/workbook';

// A first fill or import builds the 3,300-region name index, and a fill writes ten sheets through exceljs: on a loaded 2-core machine that exceeds testing-library's
// default 1 s wait for findBy*/waitFor. Wait longer (this is a wait, not a speed assertion).
configure({ asyncUtilTimeout: 15000 });

// jsdom lacks TextDecoder/TextEncoder; Node's (full ICU) decodes gb18030 too.
const g = globalThis as unknown as Record<string, unknown>;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;

// findBy…/waitFor give up after 1 s by default: a fill of every table can take longer on a loaded
// machine (two test workers plus a build). A wait limit, not a timing assertion.
configure({ asyncUtilTimeout: 15000 });
// jsdom lacks ResizeObserver (Fluent's Combobox/Dropdown positioning uses it).
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as Record<string, unknown>).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export const DATASET = [
  'region,year,period,indicator_id,indicator,breakdown,value,unit,qualifier,source,offset,quote',
  '济南市,2020,全年,dibao_std_urban,城市低保标准,,821,元/人·月,exact,seeds/test.txt,0,城市低保标准提高到821元/月',
  '济南市,2020,全年,dibao_std_rural,农村低保标准,,614,元/人·月,exact,seeds/test.txt,10,农村低保标准提高到614元/月',
  '济南市,2020,全年,tekun_std_urban,城市特困人员基本生活标准,,1000,元/人·月,exact,seeds/test.txt,20,城市特困人员基本生活标准1000元/月',
  '济南市,2020,全年,orphan_std,孤儿基本生活费标准,机构养育,1200,元/人·月,exact,seeds/test.txt,30,机构养育孤儿每人每月1200元',
  '济南市,2020,全年,orphan_std,孤儿基本生活费标准,社会散居,1300,元/人·月,exact,seeds/test.txt,40,社会散居孤儿每人每月1300元',
  '济南市,2019,全年,dibao_std_urban,城市低保标准,,780,元/人·月,exact,seeds/test.txt,50,2019年城市低保标准780元/月',
  '淄博市,2020,全年,dibao_std_urban,城市低保标准,,760,元/人·月,exact,seeds/test2.txt,0,城市低保标准760元/月',
  '',
].join('\n');

export function model(opts: { adapter?: WorkbookAdapter | null; core?: CoreApi; host?: 'excel' | 'standalone' } = {}): AppModel {
  return new AppModel({
    host: opts.host ?? 'standalone',
    core: opts.core ?? createCore(),
    bundledCsv: DATASET,
    adapter: opts.adapter === undefined ? XlsxWorkbook.create() : opts.adapter,
  });
}

/** A workbook adapter whose every call waits until released (loading states). */
export function pendingAdapter(): WorkbookAdapter & { release: () => void } {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const wb = XlsxWorkbook.create();
  const wait = <T,>(f: () => Promise<T>) => gate.then(f);
  return {
    release: () => release(),
    sheetNames: () => wait(() => wb.sheetNames()),
    readSheets: (n?: string[]) => wait(() => wb.readSheets(n)),
    writeSheets: (s, m) => wait(() => wb.writeSheets(s, m)),
  };
}

/** A workbook adapter whose calls fail (error states). */
export function failingAdapter(message: string): WorkbookAdapter {
  const fail = () => Promise.reject(new Error(message));
  return { sheetNames: fail, readSheets: fail, writeSheets: fail };
}
