// Base64 for the renderer: file bytes to send for import and exported PDF/DOCX bytes to save, in chunks so large files never overflow the call stack.
/** A multiple of 3, so each chunk encodes to base64 without padding and the pieces join cleanly. */
const chunkSize = 3 * 0x2000;

/** Encodes bytes as base64, 24 KiB at a time (spreading a big array into fromCharCode would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) {
    const chunk = bytes.subarray(i, i + chunkSize);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

/** Decodes base64 to bytes; throws a readable error for text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error('The exported file is damaged (not valid base64).');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
