#!/usr/bin/env node
// Tiny static server for dist/ (node built-ins only): `node scripts/serve.js [--port 3000] [--dir dist]
// [--https]`. https uses office-addin-dev-certs' certificate when installed. Port 0 = a free port.
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

function devCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  try {
    return { key: fs.readFileSync(path.join(dir, 'localhost.key')), cert: fs.readFileSync(path.join(dir, 'localhost.crt')) };
  } catch {
    return null;
  }
}

/** Starts the server; resolves { server, port, url, close }. */
function serve({ dir = path.join(__dirname, '..', 'dist'), port = 3000, host = 'localhost', secure = false } = {}) {
  const root = path.resolve(dir);
  const handler = (req, res) => {
    let p;
    try {
      p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (p.endsWith('/')) p += 'taskpane.html';
    const file = path.join(root, path.normalize(p));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到:' + p);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
  const certs = secure ? devCerts() : null;
  if (secure && !certs) throw new Error('未找到 https 证书:请先运行 npx office-addin-dev-certs install');
  const server = certs ? https.createServer(certs, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      const url = `${certs ? 'https' : 'http'}://${host}:${actual}/`;
      resolve({ server, port: actual, url, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

module.exports = { serve };

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const dir = path.resolve(opt('--dir', path.join(__dirname, '..', 'dist')));
  if (!fs.existsSync(path.join(dir, 'taskpane.html'))) {
    console.error(`未找到 ${path.join(dir, 'taskpane.html')}:请先运行 npm run build`);
    process.exit(2);
  }
  serve({ dir, port: Number(opt('--port', 3000)), secure: args.includes('--https') }).then(
    ({ url }) => console.log(`MZ 已在 ${url} 提供 ${dir}(Ctrl+C 停止)`),
    (e) => {
      console.error('无法启动服务:' + e.message);
      process.exit(1);
    },
  );
}
