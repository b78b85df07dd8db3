// Reads and writes annotations/<episode id>.json (a W3C-style annotation page) with shape checks.
import type { Annotation } from './anchorAnnotation';
import { ProjectError } from './projectError';

export const annotationsDir = 'annotations';
export const annotationFileOf = (episodeId: string) => `${annotationsDir}/${episodeId}.json`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkAnnotation(a: unknown, i: number, file: string): Annotation {
  const bad = (what: string): never => {
    throw new ProjectError('corrupt', `${file}: annotation ${i + 1} ${what}.`, file);
  };
  if (!isRecord(a)) return bad('is not an object');
  if (typeof a.id !== 'string' || !a.id) bad('has no id');
  if (typeof a.created !== 'string') bad('has no creation date');
  if (!Array.isArray(a.body) || !a.body.every((b) => isRecord(b) && typeof b.value === 'string')) bad('has no text body');
  const target = a.target;
  if (!isRecord(target) || !Array.isArray(target.selector)) return bad('has no target selectors');
  const [q, p] = target.selector as unknown[];
  if (!isRecord(q) || q.type !== 'TextQuoteSelector' || typeof q.exact !== 'string') bad('has no TextQuoteSelector');
  if (!isRecord(p) || p.type !== 'TextPositionSelector' || !Number.isInteger(p.start) || !Number.isInteger(p.end)) {
    bad('has no TextPositionSelector');
  }
  return { ...(a as unknown as Annotation), type: 'Annotation' };
}

/** Parses an annotation page: {"@context", "type": "AnnotationPage", "items": [...]}. */
export function parseAnnotationPage(json: string, file: string): Annotation[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new ProjectError('corrupt', `${file} is not valid JSON (${(e as Error).message}).`, file);
  }
  if (!isRecord(raw) || !Array.isArray(raw.items)) throw new ProjectError('corrupt', `${file} holds no list of annotations ("items").`, file);
  return raw.items.map((a, i) => checkAnnotation(a, i, file));
}

export function serializeAnnotationPage(items: readonly Annotation[]): string {
  return `${JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }, null, 2)}\n`;
}
