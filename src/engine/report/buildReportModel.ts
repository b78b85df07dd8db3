// Turns a ContinuityReport and the chosen options into a ReportModel every export format renders from.
import type { Conflict, ConflictKind, ConflictStatus, ContinuityReport, Entity, Fact, Severity } from '../types';
import type {
  CountRow,
  ReportCharacter,
  ReportConflict,
  ReportEpisode,
  ReportFactRow,
  ReportGrid,
  ReportModel,
  ReportNameVariants,
  ReportOptions,
  ReportPassage,
} from './reportModel';
import { episodeRunsOf } from './episodeRuns';
import { reportScope, ReportOptionsError, severityRank as scopeSeverityRank } from './reportScope';
import { predicateLabel, reportStrings, valueLabel, type ReportStrings } from './reportStrings';

export { ReportOptionsError };

const severityRank = scopeSeverityRank;
const severityOrder: Severity[] = ['error', 'warning', 'info'];
const statusOrder: ConflictStatus[] = ['open', 'intended', 'resolved'];
const kindOrder: ConflictKind[] = [
  'spelling', 'vital-status', 'relationship', 'role', 'age', 'place', 'attribute', 'first-meeting', 'timeline', 'plot',
];
/** Most characters the appearance grid shows; the rest are counted. */
export const gridCharacterLimit = 60;
const mostOpenLimit = 5;

/** Options with every default filled in: the project's language, all episodes and severities, decided conflicts kept, today. */
export function resolveReportOptions(report: ContinuityReport, options: Partial<ReportOptions> = {}): ReportOptions {
  const resolved: ReportOptions = {
    language: options.language ?? report.project.language,
    minSeverity: options.minSeverity ?? 'info',
    includeDecided: options.includeDecided ?? true,
    date: options.date ?? new Date().toISOString().slice(0, 10),
  };
  if (options.fromEpisode !== undefined) resolved.fromEpisode = options.fromEpisode;
  if (options.toEpisode !== undefined) resolved.toEpisode = options.toEpisode;
  if (options.csvDelimiter !== undefined) {
    if (options.csvDelimiter !== ',' && options.csvDelimiter !== ';') {
      throw new ReportOptionsError(`The CSV separator must be "," or ";", not "${String(options.csvDelimiter)}"`);
    }
    resolved.csvDelimiter = options.csvDelimiter;
  }
  return resolved;
}

/** Builds the report model: title page, summary, conflicts by character, fact history, name variants, appearance grid. */
export function buildReportModel(report: ContinuityReport, options: ReportOptions): ReportModel {
  const strings = reportStrings(options.language);
  const { inRange, restricted, episodeOf, isInRange, conflicts } = reportScope(report, options);
  const range = { restricted };
  const byId = new Map(inRange.map((e) => [e.id, e]));
  const byFile = new Map(inRange.map((e) => [e.file, e]));

  const entities = new EntityIndex(report.entities);
  let conflictNo = 0;
  const toConflict = (c: Conflict): ReportConflict => {
    conflictNo += 1;
    const passages: ReportPassage[] = c.evidence
      .map((ev) => {
        const e = episodeOf(ev.episode);
        return {
          episodeFile: ev.episode,
          episodeLabel: e ? e.label : ev.episode,
          episodeIndex: e ? e.index : -1,
          quote: ev.quote,
          start: ev.start,
          end: ev.end,
          outsideRange: !isInRange(ev.episode),
        };
      })
      .sort((a, b) => a.episodeIndex - b.episodeIndex || a.start - b.start);
    const item: ReportConflict = {
      id: c.id,
      anchor: `cf-${conflictNo}`,
      kind: c.kind,
      kindLabel: strings.kinds[c.kind] ?? c.kind,
      severity: c.severity,
      severityLabel: strings.severities[c.severity] ?? c.severity,
      status: c.status,
      statusLabel: strings.statuses[c.status] ?? c.status,
      entity: c.entity,
      summary: c.summary,
      passages,
    };
    if (c.note) item.note = c.note;
    return item;
  };

  // Group conflicts by the entity they concern (by canonical name when the conflict names an alias).
  const groups = new Map<string, { entity: Entity | undefined; conflicts: Conflict[] }>();
  for (const c of conflicts) {
    const entity = entities.byName(c.entity);
    const key = entity ? `id:${entity.id}` : `name:${c.entity}`;
    const group = groups.get(key) ?? { entity, conflicts: [] };
    group.conflicts.push(c);
    groups.set(key, group);
  }
  // Characters without conflicts still get their fact history: which subjects have facts in range is read now, the
  // histories themselves (every fact, grouped) only when a format shows them (the CSV lists conflicts only).
  const withFacts = new Set<string>();
  for (const f of report.facts) if (!withFacts.has(f.subject) && isInRange(f.episode)) withFacts.add(f.subject);
  for (const e of report.entities) {
    if (e.kind === 'character' && withFacts.has(e.id) && !groups.has(`id:${e.id}`)) {
      groups.set(`id:${e.id}`, { entity: e, conflicts: [] });
    }
  }
  let factsBySubject: Map<string, SubjectFacts> | undefined;
  /** Each in-range fact by subject, with its episode looked up once; built on the first fact history asked for. */
  const subjectFactsOf = (id: string): SubjectFacts | undefined => {
    if (!factsBySubject) {
      factsBySubject = new Map();
      for (const f of report.facts) {
        if (!isInRange(f.episode)) continue;
        let list = factsBySubject.get(f.subject);
        if (!list) {
          list = { facts: [], index: [] };
          factsBySubject.set(f.subject, list);
        }
        list.facts.push(f);
        list.index.push(episodeOf(f.episode)?.index ?? Number.MAX_SAFE_INTEGER);
      }
    }
    return factsBySubject.get(id);
  };

  const collator = new Intl.Collator(strings.locale);
  const characters: ReportCharacter[] = [...groups.values()]
    .map(({ entity, conflicts: list }) => {
      const sorted = [...list].sort(compareConflicts(episodeOf));
      const character: ReportCharacter = {
        anchor: '',
        name: entity?.name ?? list[0]?.entity ?? '',
        kind: entity?.kind ?? null,
        kindLabel: entity ? strings.entityKinds[entity.kind] : '',
        aliases: entity?.aliases ?? [],
        tagline: [entity && entity.kind !== 'character' ? strings.entityKinds[entity.kind] : '', (entity?.aliases ?? []).join(', ')]
          .filter(Boolean)
          .join(' · '),
        openCount: list.filter((c) => c.status === 'open').length,
        conflicts: sorted.map(toConflict),
        facts: [],
      };
      lazy(character, 'facts', () => {
        const subjectFacts = entity ? subjectFactsOf(entity.id) : undefined;
        return subjectFacts ? factRows(subjectFacts, entities, episodeOf, strings, inRange) : [];
      });
      return character;
    })
    .sort(
      (a, b) =>
        b.openCount - a.openCount ||
        b.conflicts.length - a.conflicts.length ||
        collator.compare(a.name, b.name),
    );
  // Number anchors and conflicts in reading order.
  conflictNo = 0;
  characters.forEach((ch, i) => {
    ch.anchor = `ch-${i + 1}`;
    for (const c of ch.conflicts) c.anchor = `cf-${++conflictNo}`;
  });

  const model: ReportModel = {
    language: options.language,
    options,
    title: {
      series: report.project.title,
      reportTitle: strings.reportTitle,
      date: formatDate(options.date, strings),
      episodesCovered:
        inRange.length === 0
          ? '0'
          : strings.episodeRange(inRange.length, inRange[0].label, inRange[inRange.length - 1].label),
      optionLines: optionLines(options, range, inRange, strings),
    },
    episodes: inRange,
    summary: {
      total: conflicts.length,
      byKind: countBy(conflicts, (c) => c.kind, kindOrder, strings.kinds).filter((r) => r.count > 0),
      bySeverity: countBy(conflicts, (c) => c.severity, severityOrder, strings.severities),
      byStatus: countBy(conflicts, (c) => c.status, statusOrder, strings.statuses),
      mostOpen: characters
        .filter((ch) => ch.openCount > 0)
        .slice(0, mostOpenLimit)
        .map((ch) => ({ name: ch.name, anchor: ch.anchor, open: ch.openCount })),
    },
    characters,
    nameVariants: [],
    grid: { episodes: inRange, rows: [], omitted: 0 },
  };
  lazy(model, 'nameVariants', () => nameVariants(report, conflicts, entities, episodeOf, isInRange, inRange));
  lazy(model, 'grid', () => appearanceGrid(report.entities, inRange, byId, byFile));
  return model;
}

/**
 * Makes `obj[key]` a section worked out on first read (then kept as a plain value): the model stays plain data to
 * every reader (JSON, structured clone, equality), and a format that never shows the section never pays for it.
 */
function lazy<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]): void => {
    // A model frozen by its reader keeps the getter (worked out again on each read) instead of failing.
    if (Object.isFrozen(obj)) return;
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  };
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      settle(value);
      return value;
    },
    set(value: T[K]) {
      settle(value);
    },
  });
}

function formatDate(date: string | undefined, strings: ReportStrings): string {
  const iso = date ?? new Date().toISOString().slice(0, 10);
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(parsed.getTime())) throw new ReportOptionsError(`The report date must be YYYY-MM-DD, not "${iso}"`);
  return new Intl.DateTimeFormat(strings.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

function optionLines(
  options: ReportOptions,
  range: { restricted: boolean },
  inRange: ReportEpisode[],
  strings: ReportStrings,
): { label: string; value: string }[] {
  const rangeValue = !range.restricted
    ? strings.optionAllEpisodes
    : inRange.length
      ? `${inRange[0].code}–${inRange[inRange.length - 1].code}`
      : '—';
  return [
    { label: strings.optionRange, value: rangeValue },
    {
      label: strings.optionMinSeverity,
      value: severityOrder
        .filter((s) => severityRank[s] >= severityRank[options.minSeverity])
        .map((s) => strings.severities[s])
        .join(', '),
    },
    { label: strings.optionDecided, value: options.includeDecided ? strings.optionDecidedIncluded : strings.optionDecidedExcluded },
    { label: strings.optionLanguage, value: strings.languageName[options.language] },
  ];
}

function countBy<K extends string>(
  conflicts: Conflict[],
  key: (c: Conflict) => K,
  order: K[],
  labels: Record<K, string>,
): CountRow<K>[] {
  const counts = new Map<K, number>();
  for (const c of conflicts) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  const keys = [...order, ...[...counts.keys()].filter((k) => !order.includes(k))];
  return keys.map((k) => ({ key: k, label: labels[k] ?? k, count: counts.get(k) ?? 0 }));
}

function compareConflicts(episodeOf: (ref: string) => ReportEpisode | undefined) {
  const first = new Map<Conflict, number>();
  const firstIndex = (c: Conflict) => {
    let v = first.get(c);
    if (v === undefined) {
      v = Number.MAX_SAFE_INTEGER;
      for (const ev of c.evidence) v = Math.min(v, episodeOf(ev.episode)?.index ?? Number.MAX_SAFE_INTEGER);
      first.set(c, v);
    }
    return v;
  };
  return (a: Conflict, b: Conflict) =>
    severityRank[b.severity] - severityRank[a.severity] ||
    statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) ||
    firstIndex(a) - firstIndex(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One subject's in-range facts in report order, with each fact's episode index beside it. */
interface SubjectFacts {
  facts: Fact[];
  index: number[];
}

/**
 * Positions 0..n-1 ordered by (episode index, start), as a stable sort would order them. The report lists facts
 * episode by episode, so only each episode's run is put in order (when it is not already); a list whose episodes
 * are not in series order is sorted whole.
 */
function seriesOrder(list: SubjectFacts): number[] {
  const { facts, index } = list;
  const n = facts.length;
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = k;
  for (let k = 1; k < n; k++) {
    if (index[k] < index[k - 1]) return order.sort((a, b) => index[a] - index[b] || facts[a].start - facts[b].start);
  }
  for (let from = 0; from < n; ) {
    let to = from + 1;
    let sorted = true;
    while (to < n && index[to] === index[from]) {
      if (facts[to].start < facts[to - 1].start) sorted = false;
      to++;
    }
    if (!sorted) {
      const run = order.slice(from, to).sort((a, b) => facts[a].start - facts[b].start);
      for (let k = from; k < to; k++) order[k] = run[k - from];
    }
    from = to;
  }
  return order;
}

interface FactGroup {
  first: Fact;
  present: number[];
  others: Set<string>;
  count: number;
}

function factRows(
  list: SubjectFacts,
  entities: EntityIndex,
  episodeOf: (ref: string) => ReportEpisode | undefined,
  strings: ReportStrings,
  inRange: ReportEpisode[],
): ReportFactRow[] {
  const column = columnsOf(inRange);
  // The same claim (predicate, value, modality) made again in later episodes joins its first row: groups by nested
  // maps (no key string per fact), listed in the order of their first fact.
  const byPredicate = new Map<string, Map<string, Map<string, FactGroup>>>();
  const groups: FactGroup[] = [];
  for (const k of seriesOrder(list)) {
    const f = list.facts[k];
    let byObject = byPredicate.get(f.predicate);
    if (!byObject) byPredicate.set(f.predicate, (byObject = new Map()));
    let byModality = byObject.get(f.object);
    if (!byModality) byObject.set(f.object, (byModality = new Map()));
    let g = byModality.get(f.modality);
    if (!g) {
      g = { first: f, present: [], others: new Set(), count: 0 };
      byModality.set(f.modality, g);
      groups.push(g);
    }
    g.count += 1;
    const col = column.get(list.index[k]);
    if (col !== undefined) g.present.push(col);
    else g.others.add(f.episode);
  }
  return groups.map((g) => {
    const e = episodeOf(g.first.episode);
    const label = e ? e.label : g.first.episode;
    const places = [episodeRunsOf(inRange, g.present), ...g.others].filter(Boolean).join(', ');
    const entity = entities.byId(g.first.object);
    return {
      episodeLabel: label,
      episodeIndex: e ? e.index : -1,
      where: g.count === 1 ? label : `${places} (${g.count}×)`,
      count: g.count,
      predicate: g.first.predicate,
      predicateLabel: predicateLabel(strings, g.first.predicate),
      value: entity ? entity.name : valueLabel(strings, g.first.predicate, g.first.object),
      modality: g.first.modality,
      modalityLabel: strings.modalities[g.first.modality] ?? g.first.modality,
      quote: g.first.quote,
    };
  });
}

/** Every spelling of each entity that has more than one, with the episodes whose quoted passages use it. */
function nameVariants(
  report: ContinuityReport,
  conflicts: Conflict[],
  entities: EntityIndex,
  episodeOf: (ref: string) => ReportEpisode | undefined,
  isInRange: (ref: string) => boolean,
  inRange: ReportEpisode[],
): ReportNameVariants[] {
  type Source = { episode: string; quote: string; start: number; end: number };
  type Slot = { name: string; spellings: string[]; sources: Source[]; hasConflict: boolean; episodes: string[] };
  const perEntity = new Map<string, Slot>();
  const slot = (key: string, name: string, aliases: string[], episodes: string[]) => {
    let s = perEntity.get(key);
    if (!s) {
      s = { name, spellings: [name, ...aliases], sources: [], hasConflict: false, episodes };
      perEntity.set(key, s);
    }
    return s;
  };
  for (const c of conflicts) {
    const entity = entities.byName(c.entity);
    const s = entity
      ? slot(entity.id, entity.name, entity.aliases, entity.episodes)
      : slot(`name:${c.entity}`, c.entity, [], []);
    for (const ev of c.evidence) {
      if (!isInRange(ev.episode)) continue;
      s.sources.push(ev);
      if (c.kind === 'spelling' && looksLikeName(ev.quote)) s.spellings.push(ev.quote.trim());
    }
    if (c.kind === 'spelling') s.hasConflict = true;
  }
  for (const e of report.entities) if (e.aliases.length) slot(e.id, e.name, e.aliases, e.episodes);
  const column = columnsOf(inRange);
  for (const f of report.facts) {
    if (!isInRange(f.episode)) continue;
    perEntity.get(f.subject)?.sources.push(f);
    perEntity.get(f.object)?.sources.push(f);
  }

  const rows: ReportNameVariants[] = [];
  for (const s of perEntity.values()) {
    const spellings = [...new Set(s.spellings.filter((x) => x.length > 0))];
    if (spellings.length < 2) continue;
    const present = new Set<number>();
    const refs = new Set<string>(s.episodes);
    // All passages in one text, squashed, NUL between them (no word character, so whole-word matches stay inside one
    // passage), with each passage's start and episode: a spelling is then one native search through the text. A
    // passage already taken from the same place of the same episode (facts read from one sentence) is left out.
    const quotes: string[] = [];
    const partRef: string[] = [];
    let lastRef: string | undefined;
    /** The passages of the current episode by offsets (facts read from one sentence share them). */
    const taken = new Map<number, string>();
    for (const src of s.sources) {
      if (src.episode !== lastRef) {
        refs.add(src.episode);
        lastRef = src.episode;
        taken.clear();
      }
      const span = src.start * 1_048_576 + src.end;
      if (taken.get(span) === src.quote) continue;
      taken.set(span, src.quote);
      quotes.push(src.quote);
      partRef.push(src.episode);
    }
    for (const ref of refs) {
      const col = column.get(episodeOf(ref)?.index ?? -1);
      if (col !== undefined) present.add(col);
    }
    if (!s.hasConflict && present.size === 0) continue;
    // Whitespace is squashed passage by passage only when some passage needs it (one look at the whole text first).
    let text = quotes.join('\u0000');
    let parts = quotes;
    if (untidySpace.test(text)) {
      parts = quotes.map(squash);
      text = parts.join('\u0000');
    }
    const partStart = new Array<number>(parts.length);
    for (let k = 0, at = 0; k < parts.length; k++) {
      partStart[k] = at;
      at += parts[k].length + 1;
    }
    /** The passage a text position lies in. */
    const partAt = (at: number): number => {
      let lo = 0;
      let hi = partStart.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (partStart[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    rows.push({
      entity: s.name,
      inConflict: s.hasConflict,
      appearsIn: episodeRunsOf(inRange, present),
      spellings: spellings.map((spelling) => {
        const found = new Map<number, string>();
        const seen = new Set<number>();
        const done = new Set<string>();
        // Episodes outside the table, in the order of their first matching passage (as listed before).
        const others: string[] = [];
        const needle = squash(spelling.trim());
        for (let at = needle ? text.indexOf(needle) : -1; at !== -1; at = text.indexOf(needle, at + 1)) {
          if (!wholeWordAt(text, at, needle.length)) continue;
          const part = partAt(at);
          const ref = partRef[part];
          if (!done.has(ref)) {
            done.add(ref);
            const e = episodeOf(ref);
            const col = e ? column.get(e.index) : undefined;
            if (e) found.set(e.index, e.label);
            if (col !== undefined) seen.add(col);
            else others.push(ref);
          }
          // The rest of this passage can add nothing.
          if (part + 1 < partStart.length) at = Math.max(at, partStart[part + 1] - 1);
          else break;
        }
        const episodes = [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, label]) => label);
        return {
          spelling,
          isMainForm: spelling === s.name,
          episodes: [...episodes, ...others],
          where: found.size + others.length <= 2 ? [...episodes, ...others].join(', ') : [episodeRunsOf(inRange, seen), ...others].filter(Boolean).join(', '),
        };
      }),
    });
  }
  return rows.sort((a, b) => Number(b.inConflict) - Number(a.inConflict) || a.entity.localeCompare(b.entity));
}

/** A spelling conflict's passage is a spelling when it is name-sized: up to five words, no sentence. */
function looksLikeName(quote: string): boolean {
  const q = quote.trim();
  return q.length > 0 && q.length <= 60 && q.split(/\s+/).length <= 5 && !/[!?;:„“"«»]/.test(q);
}

const wordChar = /[\p{L}\p{N}]/u;
const untidySpace = /[^\S ]| {2}/;
/** Whitespace runs as one space; most passages have none to squash and come back as they are. */
const squash = (text: string) => (untidySpace.test(text) ? text.replace(/\s+/g, ' ') : text);

/** Column of each in-range episode by its index, built once per episode list (every fact table asks). */
const columnCache = new WeakMap<ReportEpisode[], Map<number, number>>();
function columnsOf(inRange: ReportEpisode[]): Map<number, number> {
  let column = columnCache.get(inRange);
  if (!column || column.size > inRange.length) {
    column = new Map(inRange.map((e, i) => [e.index, i]));
    columnCache.set(inRange, column);
  }
  return column;
}

/** Whether the match of a `length`-long needle at `at` in `text` is a whole word (not inside a longer name). */
function wholeWordAt(text: string, at: number, length: number): boolean {
  const before = at > 0 ? text[at - 1] : '';
  const after = text[at + length] ?? '';
  return !(before && wordChar.test(before)) && !(after && wordChar.test(after));
}

function appearanceGrid(
  entities: Entity[],
  episodes: ReportEpisode[],
  byId: Map<string, ReportEpisode>,
  byFile: Map<string, ReportEpisode>,
): ReportGrid {
  const column = new Map(episodes.map((e, i) => [e.index, i]));
  const columnOf = (ref: string): number | undefined => {
    const ep = byId.get(ref) ?? byFile.get(ref);
    return ep ? column.get(ep.index) : undefined;
  };
  // The first column of every character first; a row of cells only for the characters shown (not one per entity).
  const candidates: { entity: Entity; first: number }[] = [];
  for (const e of entities) {
    if (e.kind !== 'character') continue;
    let first = Number.MAX_SAFE_INTEGER;
    for (const ref of e.episodes) {
      const col = columnOf(ref);
      if (col !== undefined && col < first) first = col;
    }
    if (first !== Number.MAX_SAFE_INTEGER) candidates.push({ entity: e, first });
  }
  const shown = [...candidates]
    .sort((a, b) => b.entity.mentions - a.entity.mentions || a.first - b.first)
    .slice(0, gridCharacterLimit)
    .sort((a, b) => a.first - b.first || b.entity.mentions - a.entity.mentions);
  return {
    episodes,
    rows: shown.map((c) => {
      const present = new Array<boolean>(episodes.length).fill(false);
      for (const ref of c.entity.episodes) {
        const col = columnOf(ref);
        if (col !== undefined) present[col] = true;
      }
      return { name: c.entity.name, present };
    }),
    omitted: candidates.length - shown.length,
  };
}

/** Finds entities by id, canonical name or alias. */
class EntityIndex {
  private readonly ids = new Map<string, Entity>();
  private readonly names = new Map<string, Entity>();
  private readonly folded = new Map<string, Entity>();

  constructor(entities: Entity[]) {
    for (const e of entities) {
      this.ids.set(e.id, e);
      for (const n of [e.name, ...e.aliases]) {
        if (!this.names.has(n)) this.names.set(n, e);
        const f = n.toLocaleLowerCase();
        if (!this.folded.has(f)) this.folded.set(f, e);
      }
    }
    // Canonical names win over another entity's alias.
    for (const e of entities) this.names.set(e.name, e);
  }

  byId(id: string): Entity | undefined {
    return this.ids.get(id);
  }

  byName(name: string): Entity | undefined {
    return this.names.get(name) ?? this.folded.get(name.toLocaleLowerCase());
  }
}
