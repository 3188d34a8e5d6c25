/**
 * The first font of a TrueType/OpenType collection (.ttc, as Microsoft YaHei, PingFang and WenQuanYi ship) as a
 * standalone font file, which font subsetters take; any other font is returned as it is. Per the OpenType spec a
 * collection starts with 'ttcf', a version, the font count and each font's table directory offset, and table offsets
 * in a directory count from the start of the collection.
 */
export function firstFaceOf(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || view.getUint32(0) !== 0x74746366 /* 'ttcf' */) return bytes;
  const fonts = view.getUint32(8);
  if (fonts < 1 || bytes.byteLength < 16) throw new Error('The font collection holds no font');
  const directory = view.getUint32(12);
  const tables = view.getUint16(directory + 4);
  const records = Array.from({ length: tables }, (_, i) => {
    const at = directory + 12 + 16 * i;
    return { at, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  });
  for (const r of records) if (r.offset + r.length > bytes.byteLength) throw new Error('The font collection is cut short');

  const headerSize = 12 + 16 * tables;
  const padded = (n: number) => (n + 3) & ~3;
  const size = records.reduce((n, r) => n + padded(r.length), headerSize);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(directory, directory + headerSize));
  let next = headerSize;
  records.forEach((r, i) => {
    outView.setUint32(12 + 16 * i + 8, next);
    out.set(bytes.subarray(r.offset, r.offset + r.length), next);
    next += padded(r.length);
  });
  return out;
}
