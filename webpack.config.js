// Webpack build of the MZ add-in: custom functions (functions.js/html/json), the task pane,
// the manifest and icons. `npx webpack --mode production` → dist/; `npx webpack serve` → https://localhost:3000.
/* eslint-disable no-undef */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Rewrites the manifest's dev URLs to a production base URL (https only). The base may carry a
 * path (https://host/mz/); <AppDomain> entries get its origin.
 */
function rewriteManifest(xml, baseUrl) {
  if (!baseUrl) return xml;
  let u;
  try {
    u = new URL(baseUrl);
  } catch {
    throw new Error(`MZ_URL is not a URL: ${baseUrl}`);
  }
  if (u.protocol !== 'https:') throw new Error(`MZ_URL must be https (Office requires it): ${baseUrl}`);
  const base = u.href.endsWith('/') ? u.href : u.href + '/';
  return xml.split(DEV_URL).join(base).split(DEV_ORIGIN).join(u.origin);
}

/** office-addin-dev-certs' files, when `npx office-addin-dev-certs install` has been run. */
function devCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const out = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) return null;
    out[k] = fs.readFileSync(p);
  }
  return out;
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const prodUrl = process.env.MZ_URL || '';
  const certs = devCerts();

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      // functions.js: the manifest's <Script> (the shared runtime page, taskpane.html, registers the
      // functions itself from its own chunk)
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules let webpack tree-shake; ES2017 suits the custom-functions JS runtime.
              compilerOptions: { module: 'es2020', moduleResolution: 'bundler', target: 'es2017', sourceMap: dev },
            },
          },
        },
        { test: /\.csv$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: './src/functions/functions.ts',
        output: 'functions.json',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), prodUrl),
          },
          { from: 'src/functions/functions-zh-cn.json', to: 'functions-zh-cn.json' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
    ],
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 1.5 * 1024 * 1024,
      maxAssetSize: 1.5 * 1024 * 1024,
    },
    devServer: {
      port: 3000,
      host: 'localhost',
      allowedHosts: 'all',
      hot: false,
      static: false, // everything is served from the webpack build
      headers: { 'Access-Control-Allow-Origin': '*' },
      // https with office-addin-dev-certs when installed (Office requires https); plain http otherwise.
      server: certs ? { type: 'https', options: certs } : 'http',
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
