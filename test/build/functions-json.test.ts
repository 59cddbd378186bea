// The custom functions' metadata: generated functions.json (same generator the webpack plugin
// uses) and the hand-written functions-zh-cn.json.
import fs from 'fs';
import path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');

const root = path.join(__dirname, '..', '..');
const input = path.join(root, 'src', 'functions', 'functions.ts');

interface Param {
  name: string;
  description?: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

// What the issue specifies: id → parameters (? = optional) and the result.
const EXPECTED: Record<string, { params: string[]; zh: string[]; result: 'number' | 'string' | 'matrix' }> = {
  STANDARD: { params: ['region', 'item', 'year', 'breakdown?', 'unit?'], zh: ['地区', '项目', '年份', '分类', '单位'], result: 'number' },
  VALUE: { params: ['region', 'indicator', 'year', 'breakdown?', 'unit?'], zh: ['地区', '指标', '年份', '分类', '单位'], result: 'number' },
  SERIES: { params: ['region', 'indicator', 'breakdown?'], zh: ['地区', '指标', '分类'], result: 'matrix' },
  TABLE: { params: ['indicator', 'year', 'breakdown?'], zh: ['指标', '年份', '分类'], result: 'matrix' },
  SOURCE: { params: ['region', 'indicator', 'year', 'breakdown?'], zh: ['地区', '指标', '年份', '分类'], result: 'string' },
  UNIT: { params: ['region', 'indicator', 'year', 'breakdown?'], zh: ['地区', '指标', '年份', '分类'], result: 'string' },
  REGIONS: { params: ['filter?'], zh: ['级别或上级'], result: 'matrix' },
  INDICATORS: { params: ['category?'], zh: ['类别'], result: 'matrix' },
};

let generated: { metadataJson: string; associate: { functionName: string; id: string }[]; errors: string[] };
let functions: Fn[];
const zh: { functions: Fn[] } = JSON.parse(fs.readFileSync(path.join(root, 'src', 'functions', 'functions-zh-cn.json'), 'utf8'));

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata([input], false);
  functions = JSON.parse(generated.metadataJson).functions;
});

const resultKind = (f: Fn) => (f.result.dimensionality === 'matrix' ? 'matrix' : f.result.type);
const sig = (p: Param) => p.name + (p.optional ? '?' : '');
const CJK = /[\u4e00-\u9fff]/;

describe('functions.json (generated from the JSDoc of functions.ts)', () => {
  test('generates without errors', () => {
    expect(generated.errors).toEqual([]);
  });

  test('has exactly the MZ functions, with upper-case ids equal to their names', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  test.each(Object.keys(EXPECTED))('%s has the specified parameters, optionality and result', (id) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map(sig)).toEqual(EXPECTED[id].params);
    expect(resultKind(f)).toBe(EXPECTED[id].result);
    // `any` everywhere: text or numbers reach the resolver, which explains errors in Chinese
    for (const p of f.parameters) {
      expect(p.type).toBe('any');
      expect(p.dimensionality).toBeUndefined();
      expect(p.description).toBeTruthy();
    }
    expect(f.description).toBeTruthy();
  });

  test('every function is associated with an exported function of functions.ts', () => {
    expect(generated.associate.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    const src = fs.readFileSync(input, 'utf8');
    for (const a of generated.associate) expect(src).toMatch(new RegExp(`export (?:async )?function ${a.functionName}\\(`));
    // the plugin's loader appends the associate calls: the source must not make its own
    expect(src).not.toMatch(/CustomFunctions\.associate\(/);
  });
});

describe('functions-zh-cn.json (hand-written)', () => {
  test('covers every function of functions.json in the same order, with the same ids and names', () => {
    expect(zh.functions.map((f) => f.id)).toEqual(functions.map((f) => f.id));
    // names stay English so =MZ.STANDARD(...) works in a Chinese Excel too
    for (const f of zh.functions) expect(f.name).toBe(f.id);
  });

  test.each(Object.keys(EXPECTED))('%s: Chinese description and parameter names, same types and optionality', (id) => {
    const en = functions.find((f) => f.id === id)!;
    const z = zh.functions.find((f) => f.id === id)!;
    expect(z.description).toMatch(CJK);
    expect(z.parameters.map((p) => p.name)).toEqual(EXPECTED[id].zh);
    expect(z.parameters).toHaveLength(en.parameters.length);
    z.parameters.forEach((p, i) => {
      const e = en.parameters[i];
      expect([p.name, p.type, !!p.optional, p.dimensionality]).toEqual([p.name, e.type, !!e.optional, e.dimensionality]);
      expect(p.description).toMatch(CJK);
      if (p.optional) expect(p.description).toMatch(/^可选/);
    });
    expect(z.result).toEqual(en.result);
  });

  test('has the same top-level options as the generated file', () => {
    const enTop = JSON.parse(generated.metadataJson);
    const zhTop = JSON.parse(fs.readFileSync(path.join(root, 'src', 'functions', 'functions-zh-cn.json'), 'utf8'));
    expect(Object.keys(zhTop).sort()).toEqual(Object.keys(enTop).sort());
    expect(zhTop.allowCustomDataForDataTypeAny).toBe(enTop.allowCustomDataForDataTypeAny);
  });
});
