// Turns files the writer dropped or chose into the import call's input: bytes read and base64-encoded, oversized or unreadable ones set aside with a reason.
import type { ImportFileInput } from '../../shared/contract';
import { bytesToBase64 } from './base64';

/** The largest file sent for import (the service caps importers anyway; this keeps the bridge message small enough). */
export const maxImportFileBytes = 30 * 1024 * 1024;
/** Base64 characters per import call (the browser bridge refuses messages over 64 MB). */
export const maxBatchChars = 44 * 1024 * 1024;

/** The part of a DOM File the reader needs. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface SkippedFile {
  name: string;
  reason: 'too-large' | 'unreadable';
  detail?: string;
}

export async function readImportFiles(files: readonly FileLike[]): Promise<{ inputs: ImportFileInput[]; skipped: SkippedFile[] }> {
  const inputs: ImportFileInput[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const name = file.name.slice(0, 255) || 'unnamed';
    if (file.size > maxImportFileBytes) {
      skipped.push({ name, reason: 'too-large' });
      continue;
    }
    try {
      inputs.push({ name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
    } catch (error) {
      // A dropped folder or a file removed meanwhile cannot be read.
      skipped.push({ name, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return { inputs, skipped };
}

/** Splits the files into calls of at most maxChars base64 characters (and 500 files, the contract's limit), keeping their order. */
export function importBatches(inputs: readonly ImportFileInput[], maxChars = maxBatchChars): ImportFileInput[][] {
  const batches: ImportFileInput[][] = [];
  let current: ImportFileInput[] = [];
  let size = 0;
  for (const input of inputs) {
    if (current.length && (size + input.data.length > maxChars || current.length >= 500)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(input);
    size += input.data.length;
  }
  if (current.length) batches.push(current);
  return batches;
}
