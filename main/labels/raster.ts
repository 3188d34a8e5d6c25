import { PNG } from 'pngjs';
import { LabelError } from './label-error';

/** 8-bit RGBA pixels, row-major, as pngjs and canvas hand them out. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Luminance 0 (black) .. 255 (white), one byte per pixel. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * One bit per dot in ZPL's GRF layout: rows padded to whole bytes, most
 * significant bit first, 1 = a printed (black) dot.
 */
export interface MonoBitmap {
  width: number;
  height: number;
  rowBytes: number;
  data: Uint8Array;
}

/**
 * How grey becomes black or white. `threshold` keeps bar edges sharp and is
 * right for barcodes and text; the dithers keep photos and logos readable but
 * fray bar edges; `auto` thresholds unless a large share of the picture is mid-grey.
 */
export type MonoMode = 'threshold' | 'floyd-steinberg' | 'ordered' | 'auto';

/** Clockwise quarter turns. `auto` turns a landscape picture onto a portrait label and vice versa. */
export type Rotation = 0 | 90 | 180 | 270 | 'auto';

export function decodePng(bytes: Uint8Array): RgbaImage {
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
  } catch (error) {
    throw new LabelError('bad-image', `Not a readable PNG image: ${(error as Error).message}`);
  }
}

export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength).copy(png.data);
  return PNG.sync.write(png);
}

/** Flattens transparency onto white paper and converts to luminance (Rec. 601 weights). */
export function toGray(image: RgbaImage): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < out.length; i += 4, p++) {
    const alpha = data[i + 3]!;
    // Rec. 601 weights in fixed point (x1024); opaque pixels skip the blend.
    const lum = (306 * data[i]! + 601 * data[i + 1]! + 117 * data[i + 2]! + 512) >> 10;
    out[p] = alpha === 255 ? lum : Math.round((lum * alpha + 255 * (255 - alpha)) / 255);
  }
  return { width, height, data: out };
}

export function rotateGray(image: GrayImage, turns: 0 | 90 | 180 | 270): GrayImage {
  if (turns === 0) return image;
  const { width: w, height: h, data } = image;
  const swap = turns !== 180;
  const ow = swap ? h : w;
  const oh = swap ? w : h;
  const out = new Uint8Array(ow * oh);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let ox: number;
      let oy: number;
      if (turns === 90) [ox, oy] = [h - 1 - y, x];
      else if (turns === 180) [ox, oy] = [w - 1 - x, h - 1 - y];
      else [ox, oy] = [y, w - 1 - x];
      out[oy * ow + ox] = data[y * w + x]!;
    }
  }
  return { width: ow, height: oh, data: out };
}

/**
 * Area-averaging resample along one axis: each output cell is the mean of the
 * source span it covers, so thin bars neither vanish (as with nearest) nor
 * smear wider than their coverage (as with wide filters). The spans and
 * weights are the same for every line, so they are worked out once.
 */
function resampleAxis(src: Float32Array, sw: number, sh: number, dw: number, horizontal: boolean): Float32Array {
  const srcLen = horizontal ? sw : sh;
  const lines = horizontal ? sh : sw;
  const scale = srcLen / dw;
  const first = new Int32Array(dw);
  const count = new Int32Array(dw);
  const weights: number[] = [];
  const offsets = new Int32Array(dw);
  for (let o = 0; o < dw; o++) {
    const start = o * scale;
    const end = start + scale;
    const from = Math.floor(start);
    const to = Math.min(Math.ceil(end), srcLen);
    first[o] = from;
    offsets[o] = weights.length;
    let total = 0;
    const span: number[] = [];
    for (let s = from; s < to; s++) {
      const cover = Math.max(0, Math.min(end, s + 1) - Math.max(start, s));
      span.push(cover);
      total += cover;
    }
    for (const cover of span) weights.push(total > 0 ? cover / total : 0);
    count[o] = span.length;
  }
  const w = Float32Array.from(weights);
  const out = new Float32Array(horizontal ? dw * sh : sw * dw);
  // Source stride along the axis, and between lines.
  const step = horizontal ? 1 : sw;
  const lineStride = horizontal ? sw : 1;
  const outStep = horizontal ? 1 : sw;
  const outLineStride = horizontal ? dw : 1;
  for (let line = 0; line < lines; line++) {
    const base = line * lineStride;
    const outBase = line * outLineStride;
    for (let o = 0; o < dw; o++) {
      const n = count[o]!;
      if (n === 0) {
        out[outBase + o * outStep] = 255;
        continue;
      }
      let sum = 0;
      let index = base + first[o]! * step;
      const off = offsets[o]!;
      for (let k = 0; k < n; k++, index += step) sum += w[off + k]! * src[index]!;
      out[outBase + o * outStep] = sum;
    }
  }
  return out;
}

export function resizeGray(image: GrayImage, width: number, height: number): GrayImage {
  if (width === image.width && height === image.height) return image;
  const src = Float32Array.from(image.data);
  const horizontal = resampleAxis(src, image.width, image.height, width, true);
  const both = resampleAxis(horizontal, width, image.height, height, false);
  const data = new Uint8Array(both.length);
  for (let i = 0; i < both.length; i++) data[i] = both[i]! + 0.5;
  return { width, height, data };
}

export interface FitOptions {
  /** Label size in dots. */
  width: number;
  height: number;
  rotate?: Rotation;
  /** `contain` scales to fit keeping proportions; `actual` keeps one source pixel per dot and crops. */
  scale?: 'contain' | 'actual';
}

/** Places a picture on a white label of the given size: turned, scaled to fit and centred. */
export function fitToLabel(image: GrayImage, options: FitOptions): GrayImage {
  const { width, height } = options;
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height))) {
    throw new LabelError('bad-size', `Label size must be whole dots above zero, got ${width}x${height}`);
  }
  const rotate = options.rotate ?? 'auto';
  const turns: 0 | 90 | 180 | 270 =
    rotate === 'auto' ? ((image.width > image.height) !== (width > height) && image.width !== image.height ? 90 : 0) : rotate;
  const turned = rotateGray(image, turns);
  const factor = options.scale === 'actual' ? 1 : Math.min(width / turned.width, height / turned.height);
  const sw = Math.max(1, Math.round(turned.width * factor));
  const sh = Math.max(1, Math.round(turned.height * factor));
  const scaled = resizeGray(turned, sw, sh);
  const out = new Uint8Array(width * height).fill(255);
  const ox = Math.floor((width - sw) / 2);
  const oy = Math.floor((height - sh) / 2);
  for (let y = 0; y < sh; y++) {
    const ty = y + oy;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < sw; x++) {
      const tx = x + ox;
      if (tx >= 0 && tx < width) out[ty * width + tx] = scaled.data[y * sw + x]!;
    }
  }
  return { width, height, data: out };
}

const BAYER_8 = [
  0, 32, 8, 40, 2, 34, 10, 42, 48, 16, 56, 24, 50, 18, 58, 26, 12, 44, 4, 36, 14, 46, 6, 38, 60, 28, 52, 20, 62, 30, 54, 22, 3, 35,
  11, 43, 1, 33, 9, 41, 51, 19, 59, 27, 49, 17, 57, 25, 15, 47, 7, 39, 13, 45, 5, 37, 63, 31, 55, 23, 61, 29, 53, 21,
];

/** Share of pixels that are neither near-black nor near-white: high for photos, low for labels. */
export function midToneShare(image: GrayImage): number {
  let mid = 0;
  for (const v of image.data) if (v > 48 && v < 208) mid++;
  return image.data.length ? mid / image.data.length : 0;
}

export function toMono(image: GrayImage, mode: MonoMode = 'threshold', threshold = 128): MonoBitmap {
  if (!(threshold >= 1 && threshold <= 254)) throw new LabelError('bad-input', `Threshold must be 1..254, got ${threshold}`);
  const chosen = mode === 'auto' ? (midToneShare(image) > 0.15 ? 'floyd-steinberg' : 'threshold') : mode;
  const { width, height } = image;
  const rowBytes = Math.ceil(width / 8);
  const bits = new Uint8Array(rowBytes * height);
  const set = (x: number, y: number) => {
    bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  };
  if (chosen === 'floyd-steinberg') {
    const work = Float32Array.from(image.data);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = y * width + x;
        const old = work[i]!;
        const black = old < threshold;
        if (black) set(x, y);
        const err = old - (black ? 0 : 255);
        if (x + 1 < width) work[i + 1]! += (err * 7) / 16;
        if (y + 1 < height) {
          if (x > 0) work[i + width - 1]! += (err * 3) / 16;
          work[i + width]! += (err * 5) / 16;
          if (x + 1 < width) work[i + width + 1]! += err / 16;
        }
      }
    }
  } else {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const v = image.data[y * width + x]!;
        const limit = chosen === 'ordered' ? ((BAYER_8[(y & 7) * 8 + (x & 7)]! + 0.5) / 64) * 255 : threshold;
        if (v < limit) set(x, y);
      }
    }
  }
  return { width, height, rowBytes, data: bits };
}

/** Back to RGBA (black dots on white) for previews and barcode checks. */
export function monoToRgba(bitmap: MonoBitmap): RgbaImage {
  const { width, height, rowBytes, data } = bitmap;
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const black = (data[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
      const i = (y * width + x) * 4;
      const v = black ? 0 : 255;
      out[i] = v;
      out[i + 1] = v;
      out[i + 2] = v;
      out[i + 3] = 255;
    }
  }
  return { width, height, data: out };
}
