// Tests of the chunked base64 helpers against Node's own encoder.
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('bytesToBase64', () => {
  it('matches Node for text with umlauts and for every byte value', () => {
    const text = new TextEncoder().encode('Schwester Jördis – Folge 12');
    expect(bytesToBase64(text)).toBe(Buffer.from(text).toString('base64'));
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'));
  });

  it('encodes a 3 MB file without overflowing the stack, across chunk borders', () => {
    const big = Uint8Array.from({ length: 3_000_001 }, (_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });

  it('encodes an empty file as an empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('base64ToBytes', () => {
  it('round-trips binary data such as a PDF header', () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 255, 128, 10])]);
    expect(Buffer.from(base64ToBytes(pdf.toString('base64')))).toEqual(pdf);
  });

  it('rejects text that is not base64 with a readable message', () => {
    expect(() => base64ToBytes('%%% not base64 %%%')).toThrow(/not valid base64/);
  });
});
