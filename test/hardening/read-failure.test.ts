/** @jest-environment node */
// A workbook beyond the reading limits (a zip bomb, a reference beyond the grid) or damaged gets one
// Chinese message wherever it is opened: mz check, mz merge, the standalone page's loader and the
// pane's 汇总下级报表.
import * as fs from 'fs';
import * as path from 'path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { XlsxPackage } from '../../src/adapters/xlsxPackage';
import { readXlsxSheets } from '../../src/adapters/xlsxReader';
import { workbookReadFailure } from '../../src/adapters/readFailure';
import { createCore } from '../../src/taskpane/app/core';
import { MzEngine } from '../../src/core/engine';
import { loadCatalogue } from '../../src/core/catalogue';
import { mz, tmp } from '../cli/helpers';
import { CORPUS } from './corpus';

const built = (name: string) => CORPUS.find((c) => c.name === name)!.build();

/** The message the shared function gives for what the lean reader throws on these bytes. */
async function expected(file: string, bytes: Uint8Array): Promise<string> {
  const e = await readXlsxSheets(bytes).then(
    () => null,
    (err) => err,
  );
  expect(e).not.toBeNull();
  return workbookReadFailure(file, e);
}

describe.each([
  ['bomb-1g.xlsx', /^无法读取工作簿“bomb-1g\.xlsx”:超出读取上限,未读取。.*zip 炸弹/],
  ['ref-ZZZZZZ1.xlsx', /^无法读取工作簿“ref-ZZZZZZ1\.xlsx”:超出读取上限,未读取。.*单元格 ZZZZZZ1/],
  ['truncated.xlsx', /^无法读取工作簿“truncated\.xlsx”:文件已损坏或不是有效的 xlsx（/],
])('%s', (name, shape) => {
  const bytes = new Uint8Array(built(name));
  beforeAll(() => fs.writeFileSync(path.join(tmp(), name), bytes));

  test('the message has the shared wording', async () => {
    expect(await expected(name, bytes)).toMatch(shape);
  });

  test('mz check and mz merge print it', async () => {
    const msg = await expected(name, bytes);
    const check = await mz(['check', name]);
    expect(check.code).toBe(2);
    expect(check.err).toContain(msg);
    const merge = await mz(['merge', name, '--region', '济南', '--out', 'out.xlsx']);
    expect(merge.code).toBe(2);
    expect(merge.err).toContain(msg);
  });

  test("the standalone page's loader and the pane's 汇总 throw it", async () => {
    const msg = await expected(name, bytes);
    await expect(XlsxWorkbook.load(bytes, name)).rejects.toThrow(msg);
    const engine = new MzEngine(loadCatalogue(), []);
    await expect(createCore().merge({ engine, books: [{ file: name, bytes }], target: '济南市', partial: false })).rejects.toThrow(msg);
  });
});

test('the package writer (fill --into, the page download) words a damaged file the same way', async () => {
  const bytes = new TextEncoder().encode('region,year\n');
  await expect(XlsxPackage.open(bytes, '数据.xlsx')).rejects.toThrow(workbookReadFailure('数据.xlsx', { message: '不是 zip 文件' }).slice(0, -1));
});
