// Checks the shape of bible.json and decisions.json so a damaged file is reported instead of half-used.
import type { Bible, BibleEntity, CanonFact, Decision, EntityKind } from '../../engine/types';
import { ProjectError } from './projectError';

const kinds: EntityKind[] = ['character', 'place', 'organisation', 'object'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const strList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function fail(file: string, what: string): never {
  throw new ProjectError('corrupt', `${file}: ${what}.`, file);
}

/** Validates a bible object; missing lists count as empty, wrongly shaped entries make the file corrupt. */
export function parseBible(raw: unknown): Bible {
  const f = 'bible.json';
  if (!isRecord(raw)) fail(f, 'does not hold a JSON object');
  const list = (key: string) => {
    const v = raw[key] ?? [];
    if (!Array.isArray(v)) fail(f, `"${key}" is not a list`);
    return v as unknown[];
  };
  const entities: BibleEntity[] = list('entities').map((e, i) => {
    if (!isRecord(e) || !isStr(e.id) || !isStr(e.name) || !kinds.includes(e.kind as EntityKind)) {
      fail(f, `entity ${i + 1} needs an id, a name and a kind (${kinds.join(', ')})`);
    }
    const aliases = e.aliases ?? [];
    if (!strList(aliases) || (e.notAliases !== undefined && !strList(e.notAliases))) fail(f, `entity ${i + 1} has bad aliases`);
    const out: BibleEntity = { id: e.id, kind: e.kind as EntityKind, name: e.name, aliases };
    if (e.notAliases) out.notAliases = e.notAliases as string[];
    return out;
  });
  const facts: CanonFact[] = list('facts').map((x, i) => {
    if (!isRecord(x) || !isStr(x.subject) || !isStr(x.predicate) || !isStr(x.object)) fail(f, `fact ${i + 1} needs subject, predicate and object`);
    const out: CanonFact = { subject: x.subject, predicate: x.predicate, object: x.object };
    if (isStr(x.note)) out.note = x.note;
    if (isStr(x.episode)) out.episode = x.episode;
    return out;
  });
  const notNames = list('notNames');
  if (!strList(notNames)) fail(f, '"notNames" must be a list of words');
  const distinct = list('distinct');
  if (!distinct.every((p) => Array.isArray(p) && p.length === 2 && p.every(isStr))) fail(f, '"distinct" must be a list of name pairs');
  return { entities, facts, notNames, distinct: distinct as [string, string][] };
}

/** Validates decisions.json ({"decisions":[…]}). */
export function parseDecisions(raw: unknown): Decision[] {
  const f = 'decisions.json';
  if (!isRecord(raw) || !Array.isArray(raw.decisions)) fail(f, 'does not hold {"decisions": [...]}');
  return raw.decisions.map((d, i) => {
    if (!isRecord(d) || !isStr(d.conflictId) || (d.status !== 'intended' && d.status !== 'resolved') || !isStr(d.at)) {
      fail(f, `decision ${i + 1} needs conflictId, status (intended or resolved) and at`);
    }
    const out: Decision = { conflictId: d.conflictId, status: d.status, at: d.at };
    if (isStr(d.note)) out.note = d.note;
    if (isStr(d.by)) out.by = d.by;
    return out;
  });
}
