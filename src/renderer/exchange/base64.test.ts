// Tests of the chunked base64 helpers against known encodings and an unchunked reference.
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

/** The plain one-piece encoding, as a reference for the chunked one. */
const reference = (bytes: Uint8Array) => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

describe('bytesToBase64', () => {
  it('encodes UTF-8 text with umlauts as the standard base64', () => {
    expect(bytesToBase64(new TextEncoder().encode('Jördis'))).toBe('SsO2cmRpcw==');
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(reference(all));
  });

  it('encodes a 3 MB file without overflowing the stack, across chunk borders', () => {
    const big = Uint8Array.from({ length: 3_000_001 }, (_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(big)).toBe(reference(big));
  });

  it('encodes an empty file as an empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('base64ToBytes', () => {
  it('round-trips binary data such as a PDF header', () => {
    const pdf = Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), 0, 255, 128, 10]);
    expect([...base64ToBytes(bytesToBase64(pdf))]).toEqual([...pdf]);
    expect(new TextDecoder().decode(base64ToBytes('JVBERi0xLjc=')).startsWith('%PDF')).toBe(true);
  });

  it('rejects text that is not base64 with a readable message', () => {
    expect(() => base64ToBytes('%%% not base64 %%%')).toThrow(/not valid base64/);
  });
});
