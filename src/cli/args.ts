// Argument parsing and helpers shared by the CLI commands (files, bundled dataset, user data).
import * as fs from 'fs';
import * as path from 'path';
import { Io } from './io';
import { decodeText } from '../core/text';
import { MzEngine } from '../core/engine';
import { loadCatalogue } from '../core/catalogue';
import { parseDatasetCsv } from '../core/datasetCsv';
import { validateDataset } from '../core/validate';
import type { RegionCandidate } from '../core/resolver';

export type OptSpec = Record<string, 'string' | 'boolean'>;
export interface ParsedArgs {
  positionals: string[];
  opts: Record<string, string | boolean | undefined>;
}

/** `--name value`, `--name=value`, boolean `--flag`, `-h`; `--` ends options. Error text in Chinese. */
export function parseArgs(argv: string[], spec: OptSpec): ParsedArgs | { error: string } {
  const positionals: string[] = [];
  const opts: ParsedArgs['opts'] = {};
  const full: OptSpec = { help: 'boolean', ...spec };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h') {
      opts.help = true;
      continue;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const type = full[name];
      if (!type) return { error: `未知选项“--${name}”` };
      if (type === 'boolean') {
        if (eq > 0) return { error: `选项“--${name}”不带参数` };
        opts[name] = true;
        continue;
      }
      let v: string | undefined;
      if (eq > 0) v = a.slice(eq + 1);
      else {
        v = argv[i + 1];
        i++;
      }
      if (v === undefined || v === '') return { error: `选项“--${name}”缺少参数` };
      opts[name] = v;
      continue;
    }
    positionals.push(a);
  }
  return { positionals, opts };
}

/** The project directory (holds data/ and seeds/), from src/cli or lib/cli. */
export function projectRoot(): string {
  return path.resolve(__dirname, '..', '..');
}

export function datasetPath(): string {
  return path.join(projectRoot(), 'data', 'dataset.csv');
}

/** Reads a text file (UTF-8 with/without BOM, or GBK/GB18030), relative to io.cwd. */
export function readText(io: Io, file: string): { ok: true; text: string; encoding: string; path: string } | { ok: false; message: string } {
  const p = path.resolve(io.cwd, file);
  try {
    const st = fs.statSync(p);
    if (st.isDirectory()) return { ok: false, message: `“${file}”是目录,不是文件` };
    const { text, encoding } = decodeText(fs.readFileSync(p));
    return { ok: true, text, encoding, path: p };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `找不到文件“${file}”` : `无法读取文件“${file}”:${(e as Error).message}` };
  }
}

export interface LoadedEngine {
  engine: MzEngine;
  user?: { file: string; added: number; overridden: number; rejected: number; skipped: { line: number | string; message: string }[] };
}

/**
 * The bundled dataset plus, with `dataFile`, a user CSV on top (user values win). Rows of the user
 * file that cannot be used (bad values, unknown region or indicator, a unit that does not convert)
 * are listed on stderr with their line numbers. With `strict`, any such row makes this return null
 * (the command exits 2); otherwise they are skipped. Returns null when the file cannot be read.
 */
export function loadEngine(io: Io, dataFile?: string, opts: { strict?: boolean } = {}): LoadedEngine | null {
  let text = '';
  try {
    text = fs.readFileSync(datasetPath(), 'utf8');
  } catch {
    io.err('警告:未找到内置数据集 data/dataset.csv(可运行 mz data build 生成)\n');
  }
  const engine = MzEngine.fromCsv(text || 'region,year,indicator,value,unit\n', loadCatalogue());
  if (!dataFile) return { engine };
  const r = readText(io, dataFile);
  if (!r.ok) {
    io.err(r.message + '\n');
    return null;
  }
  const name = path.basename(dataFile);
  const parsed = parseDatasetCsv(r.text, `user:${name}`);
  // every problem with its line: syntax, unknown region/indicator/breakdown, a unit that does not convert …
  const problems = validateDataset(r.text, engine.catalogue).problems;
  const skipped: { line: number | string; message: string }[] = problems.map((p) => ({ line: p.line, message: p.message }));
  const bad = new Set(problems.map((p) => p.line));
  const usable = parsed.records.filter((_, i) => !bad.has(parsed.lines[i]));
  const lineOf = new Map(parsed.records.map((rec, i) => [rec, parsed.lines[i]]));
  const rejectedBefore = engine.rejected.length;
  const res = engine.addRecords(usable, `user:${name}`);
  for (const rej of engine.rejected.slice(rejectedBefore)) skipped.push({ line: lineOf.get(rej.record) ?? '?', message: rej.message });
  skipped.sort((a, b) => Number(a.line) - Number(b.line));
  if (skipped.length && opts.strict) {
    io.err(`用户数据 ${name} 有 ${skipped.length} 行无法使用,未执行(加 --skip-invalid 可跳过这些行继续):\n`);
    for (const p of skipped) io.err(`  第 ${p.line} 行:${p.message}\n`);
    return null;
  }
  for (const p of skipped) io.err(`用户数据 ${name} 第 ${p.line} 行:${p.message}(已跳过)\n`);
  return { engine, user: { file: name, ...res, skipped } };
}

export function fail(io: Io, message: string, code = 2): number {
  io.err(message.endsWith('\n') ? message : message + '\n');
  return code;
}

/** A query error; an ambiguous region name also lists its candidates, one per line (exit 2). */
export function failQuery(io: Io, e: { message: string; candidates?: RegionCandidate[] }, prefix = ''): number {
  const list = e.candidates?.length
    ? '\n可能的地区:\n' + e.candidates.map((c) => `  ${c.name}\t${c.code ?? ''}\t${c.fullName}`).join('\n')
    : '';
  return fail(io, prefix + e.message + list);
}
