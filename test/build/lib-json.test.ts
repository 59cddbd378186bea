// tsc copies a JSON file into lib/ only when a module imports it: a JSON file read by require() alone is missing from a
// fresh build (the CLI then fails on a clean clone while a developer's old lib/ still has the file).
import * as fs from 'fs';
import * as path from 'path';

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test('no source file reads a JSON file with require() (import it in a module that is required lazily instead)', () => {
  const src = path.join(__dirname, '..', '..', 'src');
  const offenders = tsFiles(src).filter((f) => /require\(\s*['"][^'"]+\.json['"]\s*\)/.test(fs.readFileSync(f, 'utf8')));
  expect(offenders.map((f) => path.relative(src, f))).toEqual([]);
});

test('the forms data module imports every bundled form version, so a fresh lib/ holds their JSON', () => {
  const forms = path.join(__dirname, '..', '..', 'src', 'core', 'forms');
  const data = fs.readFileSync(path.join(forms, 'data.ts'), 'utf8');
  for (const f of fs.readdirSync(forms).filter((x) => x.endsWith('.json'))) expect(data).toContain(`'./${f}'`);
});
