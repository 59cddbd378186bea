#!/usr/bin/env node
// `npm start`. Windows/macOS: sideload the add-in into desktop Excel (office-addin-debugging).
// Linux (no desktop Excel): build dist/, serve it, and print how to use the standalone page and
// how to sideload into Excel on the web.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (n) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? n + '.cmd' : n);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status || 1);
}

if (process.platform === 'win32' || process.platform === 'darwin') {
  // dev-server + sideload; office-addin-debugging installs the dev certificate when needed
  run(bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop', '--app', 'excel']);
} else {
  const port = Number(process.env.PORT || 3000);
  const https = fs.existsSync(path.join(os.homedir(), '.office-addin-dev-certs', 'localhost.crt'));
  if (!process.argv.includes('--no-build')) {
    console.log('正在构建(webpack --mode production)…');
    run(bin('webpack'), ['--mode', 'production']);
  }
  const { serve } = require('./serve');
  serve({ dir: path.join(root, 'dist'), port, secure: https }).then(
    ({ url }) => {
      console.log(`
MZ 已启动:${url}

1. 独立页面(无需 Excel,离线可用):在浏览器打开
     ${url}taskpane.html
   上传 .xlsx(或“新建工作簿”)→ 填表 → 校验 → 下载工作簿。

2. Excel 网页版中旁加载(需要 https):
   ${https ? '' : '先运行 npx office-addin-dev-certs install 生成本机证书,再重新运行 npm start;\n   '}在 Excel 网页版打开一个工作簿 → 开始 → 加载项 → 更多加载项 → 我的加载项 →
   上传我的加载项 → 选择 ${path.join(root, 'dist', 'manifest.xml')}。
   功能区“开始”选项卡出现“MZ 民政统计”按钮,点击打开任务窗格。

按 Ctrl+C 停止。`);
    },
    (e) => {
      console.error(`无法在端口 ${port} 启动服务:${e.message}(可设置 PORT=3001 npm start)`);
      process.exit(1);
    },
  );
}
