// Re-records test/rules/golden/*.json: the `mz check --json` output of the reference workbooks built by
// test/rules/golden.test.ts. Run only when a change of the check's output is intended; review the diff.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
execFileSync(path.join(root, 'node_modules', '.bin', 'jest'), ['test/rules/golden.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MZ_RECORD_GOLDENS: '1' },
});
