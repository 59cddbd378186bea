#!/usr/bin/env node
// Writes the add-in icons (icon-16/32/64/80/128.png) without any image library:
// a blue rounded square with a white "M" drawn from strokes. Run: node assets/generate-icons.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes RGBA pixels (size*size*4 bytes) as a PNG. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function drawIcon(size) {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.18; // corner radius
  const stroke = Math.max(1.2, size * 0.1);
  // "M" in unit coordinates
  const segs = [
    [0.25, 0.75, 0.25, 0.27],
    [0.25, 0.27, 0.5, 0.58],
    [0.5, 0.58, 0.75, 0.27],
    [0.75, 0.27, 0.75, 0.75],
  ];
  const S = 4; // supersampling per axis
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inBox = 0;
      let inM = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const fx = x + (sx + 0.5) / S;
          const fy = y + (sy + 0.5) / S;
          const cx = Math.min(Math.max(fx, r), size - r);
          const cy = Math.min(Math.max(fy, r), size - r);
          if (Math.hypot(fx - cx, fy - cy) <= r) {
            inBox++;
            const d = Math.min(...segs.map(([a, b, c, e]) => distToSegment(fx, fy, a * size, b * size, c * size, e * size)));
            if (d <= stroke / 2) inM++;
          }
        }
      }
      const n = S * S;
      const m = inM / Math.max(1, inBox);
      const i = (y * size + x) * 4;
      // blend white M over #1F5FAD
      px[i] = Math.round(0x1f + (255 - 0x1f) * m);
      px[i + 1] = Math.round(0x5f + (255 - 0x5f) * m);
      px[i + 2] = Math.round(0xad + (255 - 0xad) * m);
      px[i + 3] = Math.round((255 * inBox) / n);
    }
  }
  return encodePng(size, px);
}

if (require.main === module) {
  for (const size of [16, 32, 64, 80, 128]) {
    const file = path.join(__dirname, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { encodePng, drawIcon };
