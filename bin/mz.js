#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error('mz: 未找到编译后的 CLI (lib/cli/main.js)。请先在项目目录运行 npm ci 或 npm run prepare。');
  process.exit(3);
}
require(entry).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error('mz: 内部错误: ' + (err && err.stack || err)); process.exitCode = 3; }
);
