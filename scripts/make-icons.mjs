#!/usr/bin/env node
/**
 * Draws Hostdeck's icons (a server rack on a blue tile) and writes them as PNG with a tiny
 * encoder over node:zlib, so no image tool or dependency is needed:
 *   resources/icon.png                        512×512 app icon (electron-builder derives .ico/.icns)
 *   resources/tray/tray.png, tray@2x.png      16/32 px colour tray icon (Windows, Linux)
 *   resources/tray/trayTemplate.png, @2x      16/32 px monochrome template (macOS menu bar)
 * Run: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

// --- PNG encoding -------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as the PNG spec defines it (over chunk type + data). */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major, `size`×`size`) as a PNG. `dpi` sets the pHYs chunk. */
export function encodePng(size, rgba, dpi = 72) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // Each scanline is prefixed with filter type 0 (none); zlib does the compressing.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const physical = Buffer.alloc(9);
  const perMetre = Math.round(dpi / 0.0254);
  physical.writeUInt32BE(perMetre, 0);
  physical.writeUInt32BE(perMetre, 4);
  physical[8] = 1; // unit: metre
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('pHYs', physical),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

// --- Drawing ------------------------------------------------------------------------------

/** True when (x, y) lies in a rounded rectangle (all in 0..1 units). */
function inRoundRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// The rack fills the template icon (it has no tile), and sits inside the tile otherwise.
const RACKS = {
  tile: { centres: [0.31, 0.5, 0.69], left: 0.23, right: 0.77, half: 0.07, light: 0.03 },
  bare: { centres: [0.2, 0.5, 0.8], left: 0.04, right: 0.96, half: 0.12, light: 0.06 }
};

/** The colour (RGBA 0..1, not premultiplied) of one sample of the scene. */
function sample(style, x, y, tile) {
  const rack = style === 'template' ? RACKS.bare : RACKS.tile;
  const bar = rack.centres.find((c) =>
    inRoundRect(x, y, rack.left, c - rack.half, rack.right, c + rack.half, rack.half / 2)
  );
  const light = bar !== undefined && inCircle(x, y, rack.right - 0.1 - rack.light, bar, rack.light);
  if (style === 'template') {
    // macOS uses only the alpha of a Template image; lights are cut out of the bars.
    return bar !== undefined && !light ? [0, 0, 0, 1] : [0, 0, 0, 0];
  }
  if (bar !== undefined) return light ? [0.13, 0.77, 0.37, 1] : [1, 1, 1, 1];
  if (inRoundRect(x, y, tile, tile, 1 - tile, 1 - tile, 0.2 * (1 - 2 * tile))) {
    // Vertical gradient from #2563eb to #1e3a8a.
    const t = (y - tile) / (1 - 2 * tile);
    return [
      0.145 + (0.118 - 0.145) * t,
      0.388 + (0.227 - 0.388) * t,
      0.922 + (0.541 - 0.922) * t,
      1
    ];
  }
  return [0, 0, 0, 0];
}

/** Renders the scene at `size` px with 4×4 supersampling for smooth edges. */
function render(size, style, tile) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const [cr, cg, cb, ca] = sample(
            style,
            (px + (sx + 0.5) / n) / size,
            (py + (sy + 0.5) / n) / size,
            tile
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round((r / a) * 255) : 0;
      out[i + 1] = a ? Math.round((g / a) * 255) : 0;
      out[i + 2] = a ? Math.round((b / a) * 255) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

function write(relative, size, style, tile, dpi) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, encodePng(size, render(size, style, tile), dpi));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
}

write('icon.png', 512, 'colour', 0.08, 72);
write('tray/tray.png', 16, 'colour', 0, 72);
write('tray/tray@2x.png', 32, 'colour', 0, 144);
write('tray/trayTemplate.png', 16, 'template', 0, 72);
write('tray/trayTemplate@2x.png', 32, 'template', 0, 144);
