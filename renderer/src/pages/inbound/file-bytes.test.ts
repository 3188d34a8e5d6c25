import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './file-bytes';

describe('file bytes', () => {
  it('encodes as RFC 4648 base64 and round-trips every byte value in a file larger than one chunk', () => {
    expect(bytesToBase64(new Uint8Array([0xfb, 0xff, 0x00]))).toBe('+/8A');
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64.length).toBe(Math.ceil(100_000 / 3) * 4);
    expect(base64ToBytes(base64)).toEqual(bytes);
  });
});
