#!/usr/bin/env node
// `npm test`: type-check, then every jest test (core, CLI, build, UI, browser, LibreOffice),
// then one plain summary line "N passed, N failed, N skipped".
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const tsc = spawnSync(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('类型检查失败 (tsc --noEmit)。');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const out = path.join(root, 'test-output', 'jest-results.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const args = ['--json', '--outputFile=' + out, ...process.argv.slice(2)];
const jest = spawnSync(bin('jest'), args, { cwd: root, stdio: 'inherit' });

let passed = 0, failed = 0, skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  skipped = r.numPendingTests + r.numTodoTests;
} catch (e) {
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(jest.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
