// Builds what the tests need once, before any test file runs: lib/ (CLI, tsc) and dist/ (webpack),
// each only when missing or older than its sources.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const { newest, mtime } = require('../scripts/mtime');

function run(cmd, args) {
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', cmd), args, { cwd: root, stdio: 'inherit' });
  } catch (e) {
    // Type errors still emit; the type-check step of `npm test` reports them. Tests then show what broke.
    console.warn(`globalSetup: ${cmd} ${args.join(' ')} exited with an error`);
  }
}

module.exports = async () => {
  const srcTime = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'data')));
  if (mtime(path.join(root, 'lib', 'cli', 'main.js')) < srcTime) run('tsc', ['-p', 'tsconfig.cli.json']);
  const buildInputs = Math.max(srcTime, newest(path.join(root, 'assets')), mtime(path.join(root, 'manifest.xml')), mtime(path.join(root, 'webpack.config.js')));
  const distTime = mtime(path.join(root, 'dist', 'functions.js'));
  // dist/ is rebuilt when missing, or when stale under CI / MZ_REBUILD=1 (a webpack run takes a minute).
  const rebuild = distTime === 0 || ((process.env.CI || process.env.MZ_REBUILD) && distTime < buildInputs);
  if (fs.existsSync(path.join(root, 'webpack.config.js')) && rebuild) {
    run('webpack', ['--mode', 'production']);
  }
};
