/** Base64 in chunks: String.fromCharCode over a whole file would overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands a file the station made to the browser's downloads, as a link to it would. */
export function downloadFile(file: { fileName: string; mimeType: string; base64: string }): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click returns; the URL is let go a little later all the same.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
