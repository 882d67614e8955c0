/**
 * Hands bytes to the browser as a file download. An `<a download>` click is a navigation,
 * which the CSP's connect-src does not restrict; Electron then asks where to save it.
 */

/** Decodes base64 into bytes (for downloads and the PDF viewer). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke on the next task: Chromium has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Saves base64-encoded bytes as `filename`. */
export function saveBase64File(base64: string, filename: string, mimeType: string): void {
  saveBlob(new Blob([base64ToBytes(base64)], { type: mimeType }), filename);
}

/** Saves text as `filename`. */
export function saveTextFile(text: string, filename: string, mimeType: string): void {
  saveBlob(new Blob([text], { type: mimeType }), filename);
}
