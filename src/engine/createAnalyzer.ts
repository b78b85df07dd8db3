// The incremental analyzer: caches each episode's work by content and re-does only the series steps an edit touches.
import { episodeEntities, type EpisodeEntityResult } from './entities/episodeEntities';
import type { KeyedMention, LocalEntity } from './entities/resolveLocalEntities';
import { establishedWords, promoteEpisode, seriesConfirmer, type Confirmer, type Local } from './entities/promoteCandidates';
import { resolveSeriesEntities, type EpisodeEntities, type SeriesEntities } from './entities/resolveSeriesEntities';
import { extractFacts } from './facts/extractFacts';
import { conflictFingerprint } from './fingerprint';
import { moveEvidence, shiftedPassages, type PassageMap } from './incremental/shiftedEvidence';
import { detectLanguage } from './lang/detectLanguage';
import { rules } from './rules/index';
import type { RuleEpisode, RuleInput } from './rules/rule';
import { contentHash } from './text/contentHash';
import {
  emptyBible,
  type AnalyzeOptions,
  type Bible,
  type Conflict,
  type Episode,
  type EpisodeRef,
  type Fact,
  type Language,
  type Mention,
  type SeriesAnalysis,
} from './types';

export interface Analyzer {
  /** Analyses the series; episodes whose id, file, text, language and bible are unchanged reuse cached work. */
  analyze(episodes: Episode[], options?: AnalyzeOptions): SeriesAnalysis;
  /** Ids of the episodes the last `analyze` call had to tokenize or extract facts from again. */
  readonly lastReanalyzed: readonly string[];
  /** Which series-wide steps the last `analyze` call had to redo in full (the rest it carried over or patched). */
  readonly lastRedone: SeriesSteps;
}

/** Series-wide steps an analysis redid over the whole series (false: carried over from the last run, or patched). */
export interface SeriesSteps {
  promotions: boolean;
  entities: boolean;
  facts: boolean;
  rules: boolean;
}

interface EpisodeWork extends EpisodeEntityResult {
  cacheKey: string;
  /** File, declared language and bible: with `text`, what decides whether the work still holds. */
  meta: string;
  /** The text the work was done on (the caller's string: compared by reference first, so an unchanged episode is not hashed again). */
  text: string;
  language: Language;
  /** The name words the episode lends the series (see establishedWords), worked out when first asked. */
  words?: string;
}

/** One episode's mentions and facts with series-wide entity ids, kept while nothing they depend on changes. */
interface MappedWork {
  key: string;
  series: SeriesEntities;
  beliefs: string;
  file: string;
  localMentions: KeyedMention[];
  localFacts: Fact[];
  mentions: Mention[];
  /** Facts with series ids and their own (not yet de-duplicated) fact ids. */
  facts: Fact[];
}

interface FactWork {
  /** Content key plus the mentions the facts were extracted with. */
  key: string;
  work: EpisodeWork;
  mentions: KeyedMention[];
  facts: Fact[];
  /** Pairs of local keys the facts relate, for the entities they were worked out for. */
  related?: { entities: LocalEntity[]; pairs: [string, string][] };
}

/** A conflict before the writers' decisions are applied. */
type BaseConflict = Omit<Conflict, 'status' | 'note'>;

/** The options as they bear on the analysis (decisions and title are applied to the outcome afresh each time). */
interface Setting {
  bibleKey: string;
  ruleBible: string;
  forced: Language | undefined;
  beliefs: string;
}

/** A run's series-wide results. */
interface Outcome {
  series: SeriesEntities;
  facts: Fact[];
  mentions: Record<string, Mention[]>;
  conflicts: BaseConflict[];
  language: Language;
  projectEpisodes: EpisodeRef[];
}

/** What one run saw and made, position by position (series order), for the next run to start from. */
interface LastRun {
  episodes: Episode[];
  setting: Setting;
  filesUnique: boolean;
  works: EpisodeWork[];
  local: Local[];
  confirmed: Confirmer;
  factWorks: FactWork[];
  entries: EpisodeEntities[];
  series: SeriesEntities;
  mappedList: MappedWork[];
  /** Where each episode's facts start in the outcome's facts. */
  starts: number[];
  outcome: Outcome;
}

/** Whether two episodes give the series resolution the same input. */
function sameEntry(a: EpisodeEntities, b: EpisodeEntities): boolean {
  if (a.episodeId !== b.episodeId || a.language !== b.language) return false;
  if (a.entities === b.entities && a.related === b.related) return true;
  return JSON.stringify([a.entities, a.related]) === JSON.stringify([b.entities, b.related]);
}

/** Edits to more episodes than this at once are checked afresh rather than step by step. */
const FEW = 8;

function episodeFacts(episode: Episode, language: Language, mentions: KeyedMention[], entities: LocalEntity[]): Fact[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  try {
    return extractFacts({
      episode,
      language,
      mentions: mentions.map((m) => ({ entity: m.key, episode: episode.file, start: m.start, end: m.end, text: m.text })),
      kindOf: (key) => byKey.get(key)?.kind,
      genderOf: (key) => byKey.get(key)?.gender,
    });
  } catch {
    return [];
  }
}

/** Positions where two lists of the same length hold different items; undefined when the lengths differ or more than `limit` do. */
function changedPositions<T>(now: readonly T[], before: readonly T[] | undefined, limit: number): number[] | undefined {
  if (!before || before.length !== now.length) return undefined;
  const out: number[] = [];
  for (let i = 0; i < now.length; i++) {
    if (now[i] === before[i]) continue;
    if (out.length === limit) return undefined;
    out.push(i);
  }
  return out;
}

/** Every rule's findings as conflicts (fingerprinted, first of each fingerprint), before decisions. */
function runRules(input: RuleInput): BaseConflict[] {
  const out: BaseConflict[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    let findings: ReturnType<typeof rule> = [];
    try {
      findings = rule(input);
    } catch {
      findings = [];
    }
    for (const { key, ...finding } of findings) {
      const id = conflictFingerprint(finding.kind, key);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, ...finding });
    }
  }
  return out;
}

/** A new analyzer with an empty cache. */
export function createAnalyzer(): Analyzer {
  const cache = new Map<string, EpisodeWork>();
  const factCache = new Map<string, FactWork>();
  const signatures = new WeakMap<object, string>();
  const promoteMemo = new Map<string, Local>();
  const mappedCache = new Map<string, MappedWork>();
  let lastReanalyzed: string[] = [];
  let lastRedone: SeriesSteps = { promotions: true, entities: true, facts: true, rules: true };
  let redone: SeriesSteps = { ...lastRedone };
  /** What the last run saw and made, position by position, to redo only what changed. */
  let last: LastRun | undefined;
  let lastEpisodes: RuleEpisode[] | undefined;
  const establishedWordsOf = (w: EpisodeWork): string => (w.words ??= establishedWords(w));

  /** Stage 1 for one episode: its entity work, from the cache when its text, file, language and the bible are unchanged. */
  function workOf(ep: Episode, forced: Language | undefined, bible: Bible, bibleKey: string, reanalyzed: Set<string>, progress: () => void): EpisodeWork {
    const text = typeof ep.text === 'string' ? ep.text : '';
    const declared = forced ?? ep.language ?? 'auto';
    const meta = `${ep.file}|${declared}|${bibleKey}`;
    const hit = cache.get(ep.id);
    // The caller's own string again (the usual case for every episode but the one being edited): no hashing.
    if (hit && hit.text === text && hit.meta === meta) return hit;
    const cacheKey = [ep.file, contentHash(text), text.length, declared, bibleKey].join('|');
    if (hit && hit.cacheKey === cacheKey) {
      hit.text = text;
      return hit;
    }
    progress();
    const language = declared === 'auto' ? detectLanguage(text) : declared;
    const found = episodeEntities(text, language, bible);
    // The keyed mentions are the found ones with their keys added, one for one: keep one list, not both (memory).
    const raw = found.raw.length === found.mentions.length && found.raw.every((m, i) => m.start === found.mentions[i].start && m.text === found.mentions[i].text) ? found.mentions : found.raw;
    const work: EpisodeWork = { ...found, raw, cacheKey, meta, text, language };
    cache.set(ep.id, work);
    reanalyzed.add(ep.id);
    return work;
  }

  /** Stage 3 for one episode: facts read along its final mentions, from the cache while text and mentions are unchanged. */
  function factWorkOf(ep: Episode, work: EpisodeWork, loc: Local, reanalyzed: Set<string>, progress: () => void): FactWork {
    const hit = factCache.get(ep.id);
    if (hit && hit.work === work && hit.mentions === loc.mentions) return hit;
    let signature = signatures.get(loc.mentions);
    if (signature === undefined) {
      signature = contentHash(loc.mentions.map((m) => `${m.key}@${m.start}-${m.end}`).join('|'));
      signatures.set(loc.mentions, signature);
    }
    const key = work.cacheKey + '|' + signature;
    if (hit && hit.key === key) {
      const kept = { ...hit, work, mentions: loc.mentions };
      factCache.set(ep.id, kept);
      return kept;
    }
    progress();
    const facts = episodeFacts({ ...ep, text: work.text }, work.language, loc.mentions, loc.entities);
    const made: FactWork = { key, work, mentions: loc.mentions, facts };
    factCache.set(ep.id, made);
    reanalyzed.add(ep.id);
    return made;
  }

  /** The episode as the series resolution sees it (the related pairs worked out once per facts and entities). */
  function seriesEntry(ep: Episode, work: EpisodeWork, loc: Local, fw: FactWork): EpisodeEntities {
    const entities = loc.entities;
    if (!fw.related || fw.related.entities !== entities) {
      const keys = new Set(entities.map((e) => e.key));
      fw.related = {
        entities,
        pairs: fw.facts
          // Any fact between two named entities (kin, colleague, meets, talks to) shows two people.
          .filter((f) => f.subject !== f.object && keys.has(f.subject) && keys.has(f.object))
          .map((f) => [f.subject, f.object] as [string, string]),
      };
    }
    return { episodeId: ep.id, language: work.language, entities, related: fw.related.pairs };
  }

  /** Stage 5 for one episode: mentions and facts with series ids, reused while nothing they depend on changed. */
  function mappedOf(ep: Episode, loc: Local, localFacts: Fact[], series: SeriesEntities, beliefs: NonNullable<AnalyzeOptions['beliefs']>): MappedWork {
    const beliefKey = beliefs[ep.file] === undefined ? '' : JSON.stringify(beliefs[ep.file]);
    let mapped = mappedCache.get(ep.id);
    const sameInputs = mapped && mapped.localMentions === loc.mentions && mapped.localFacts === localFacts && mapped.file === ep.file && mapped.beliefs === beliefKey;
    if (mapped && sameInputs && mapped.series === series) return mapped;
    // Series ids exist only for the episode's local entities, so their ids (with the file, the belief ranges and the
    // local mentions and facts) decide the mapped lists: an unchanged episode reuses them.
    const ids = new Map<string, string | undefined>();
    for (const e of loc.entities) if (!ids.has(e.key)) ids.set(e.key, series.idOf(ep.id, e.key));
    let key = '';
    for (const [k, id] of ids) key += `\u0000${k}\u0001${id ?? ''}`;
    if (mapped && sameInputs && mapped.key === key) {
      mapped.series = series;
      return mapped;
    }
    const idOf = (k: string): string | undefined => ids.get(k);
    const ranges = beliefs[ep.file] ?? [];
    const markedAsBelief = (start: number, end: number) => ranges.some((range) => start < range.end && end > range.start);
    mapped = {
      key,
      series,
      beliefs: beliefKey,
      file: ep.file,
      localMentions: loc.mentions,
      localFacts,
      mentions: loc.mentions.map((m) => ({ entity: idOf(m.key) ?? m.key, episode: ep.file, start: m.start, end: m.end, text: m.text })),
      facts: localFacts.map((f) => {
        const modality = f.modality === 'asserted' && markedAsBelief(f.start, f.end) ? 'believed' : f.modality;
        return { ...f, id: f.id || `${ep.id}:fact`, modality, episode: ep.file, subject: idOf(f.subject) ?? f.subject, object: idOf(f.object) ?? f.object };
      }),
    };
    mappedCache.set(ep.id, mapped);
    return mapped;
  }

  function analyze(input: Episode[], options: AnalyzeOptions = {}): SeriesAnalysis {
    const bible: Bible = { ...emptyBible(), ...(options.bible ?? {}) };
    const bibleKey = contentHash(JSON.stringify([bible.entities, bible.notNames, bible.distinct]));
    let sorted = true;
    for (let i = 1; i < input.length && sorted; i++) if (input[i - 1].index > input[i].index) sorted = false;
    const episodes = sorted ? input.slice() : [...input].sort((a, b) => a.index - b.index);
    const forced = options.language && options.language !== 'auto' ? options.language : undefined;
    const beliefs = options.beliefs ?? {};
    const setting = { bibleKey, ruleBible: JSON.stringify(bible), forced, beliefs: JSON.stringify(beliefs) };
    const reanalyzed = new Set<string>();
    redone = { promotions: false, entities: false, facts: false, rules: false };
    const result = patch(episodes, options, bible, setting, reanalyzed) ?? whole(episodes, options, bible, setting, reanalyzed);
    lastReanalyzed = [...reanalyzed];
    lastRedone = redone;
    const decisions = new Map((options.decisions ?? []).map((d) => [d.conflictId, d]));
    const conflicts: Conflict[] = result.conflicts.map((b) => {
      const decision = decisions.get(b.id);
      const conflict: Conflict = { ...b, status: decision?.status ?? 'open' };
      if (decision?.note !== undefined) conflict.note = decision.note;
      return conflict;
    });
    return {
      report: {
        schemaVersion: 1,
        project: { title: options.title ?? '', language: forced ?? result.language, episodes: result.projectEpisodes },
        entities: result.series.entities,
        facts: result.facts,
        conflicts,
      },
      mentions: result.mentions,
    };
  }

  /**
   * The keystroke path: the same episodes in the same places, a few of them edited, and every series-wide result of the
   * last run still standing for them (same name words, same entity input, same fact ids, only moved passages). Works on
   * the edited episodes alone and patches copies of the last run's lists; undefined (nothing kept) when any of that fails,
   * and the whole path runs instead (finding the per-episode work done here in the caches).
   */
  function patch(episodes: Episode[], options: AnalyzeOptions, bible: Bible, setting: Setting, reanalyzed: Set<string>): Outcome | undefined {
    const L = last;
    if (!L || L.episodes.length !== episodes.length || !L.filesUnique) return undefined;
    if (L.setting.bibleKey !== setting.bibleKey || L.setting.ruleBible !== setting.ruleBible || L.setting.forced !== setting.forced || L.setting.beliefs !== setting.beliefs) return undefined;
    const changed: number[] = [];
    for (let i = 0; i < episodes.length; i++) {
      if (episodes[i] === L.episodes[i]) continue;
      if (changed.length === FEW) return undefined;
      const a = episodes[i];
      const b = L.episodes[i];
      if (a.id !== b.id || a.file !== b.file || a.title !== b.title || a.index !== b.index) return undefined;
      changed.push(i);
    }
    const beliefs = options.beliefs ?? {};
    const works = L.works.slice();
    const local = L.local.slice();
    const factWorks = L.factWorks.slice();
    const entries = L.entries.slice();
    const mappedList = L.mappedList.slice();
    for (const i of changed) {
      const ep = episodes[i];
      const work = workOf(ep, setting.forced, bible, setting.bibleKey, reanalyzed, () => options.onProgress?.(0, 2));
      if (work.language !== L.works[i].language || establishedWordsOf(work) !== establishedWordsOf(L.works[i])) return undefined;
      works[i] = work;
      local[i] = promoteEpisode(work, L.confirmed, promoteMemo);
      factWorks[i] = factWorkOf(ep, work, local[i], reanalyzed, () => options.onProgress?.(1, 2));
      entries[i] = seriesEntry(ep, work, local[i], factWorks[i]);
      if (!sameEntry(entries[i], L.entries[i])) return undefined;
      mappedList[i] = mappedOf(ep, local[i], factWorks[i].facts, L.series, beliefs);
      const before = L.mappedList[i].facts;
      const now = mappedList[i].facts;
      if (now.length !== before.length || now.some((f, k) => f.id !== before[k].id)) return undefined;
    }
    // The rules would decide as before when the edited episodes only moved passages: move the evidence.
    const maps = new Map<string, PassageMap>();
    for (const i of changed) {
      const passages = shiftedPassages(L.mappedList[i].facts, mappedList[i].facts, L.mappedList[i].mentions, mappedList[i].mentions);
      if (!passages) return undefined;
      maps.set(episodes[i].file, passages);
    }
    const conflicts = moveConflicts(L.outcome.conflicts, maps);
    if (!conflicts) return undefined;
    const facts = L.outcome.facts.slice();
    for (const i of changed) {
      const at = L.starts[i];
      mappedList[i].facts.forEach((f, k) => {
        const id = L.outcome.facts[at + k].id;
        facts[at + k] = f.id === id ? f : { ...f, id };
      });
    }
    // A fresh record key by key (faster than spreading a record of thousands of keys).
    let mentions = L.outcome.mentions;
    if (changed.length) {
      mentions = {};
      for (let i = 0; i < episodes.length; i++) mentions[episodes[i].file] = mappedList[i].mentions;
    }
    const outcome: Outcome = { ...L.outcome, facts, mentions, conflicts };
    last = { ...L, episodes, setting, works, local, factWorks, entries, mappedList, outcome };
    return outcome;
  }

  /** Every episode through every stage, each stage reusing what still holds from the last run. */
  function whole(episodes: Episode[], options: AnalyzeOptions, bible: Bible, setting: Setting, reanalyzed: Set<string>): Outcome {
    const { bibleKey, forced } = setting;
    const total = 2 * episodes.length;
    const works = episodes.map((ep) => workOf(ep, forced, bible, bibleKey, reanalyzed, () => options.onProgress?.(reanalyzed.size, total)));
    if (cache.size > episodes.length) {
      const present = new Set(episodes.map((e) => e.id));
      for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
      for (const id of factCache.keys()) if (!present.has(id)) factCache.delete(id);
      for (const id of mappedCache.keys()) if (!present.has(id)) mappedCache.delete(id);
    }

    // Candidates the rest of the series confirms become mentions. The evidence is every episode's name words: when the
    // episodes that changed lend the same words as before, the other episodes' promotions stand.
    if (promoteMemo.size > 4 * episodes.length + 16) promoteMemo.clear();
    let local: Local[];
    let confirmed: Confirmer;
    const movedWorks = changedPositions(works, last?.works, FEW);
    if (last && movedWorks && movedWorks.every((i) => establishedWordsOf(works[i]) === establishedWordsOf(last!.works[i]))) {
      confirmed = last.confirmed;
      local = last.local.slice();
      for (const i of movedWorks) local[i] = promoteEpisode(works[i], confirmed, promoteMemo);
    } else {
      redone.promotions = true;
      confirmed = seriesConfirmer(works);
      local = works.map((w) => promoteEpisode(w, confirmed, promoteMemo));
    }

    // Facts follow the final mentions.
    const factWorks = episodes.map((ep, i) => factWorkOf(ep, works[i], local[i], reanalyzed, () => options.onProgress?.(episodes.length + i, total)));

    // Series entities: the resolution is a function of each episode's local entities and related pairs (and the bible),
    // so when those are equal to the last run's, its result stands.
    const entries = episodes.map((ep, i) => seriesEntry(ep, works[i], local[i], factWorks[i]));
    redone.entities = !sameSeriesInput(entries, bibleKey);
    const series = redone.entities ? resolveSeriesEntities(entries, bible) : last!.series;

    // Mentions and facts with series ids, per episode.
    const beliefs = options.beliefs ?? {};
    const mappedList = episodes.map((ep, i) => mappedOf(ep, local[i], factWorks[i].facts, series, beliefs));
    const mentions: Record<string, Mention[]> = {};
    for (let i = 0; i < episodes.length; i++) mentions[episodes[i].file] = mappedList[i].mentions;
    const episodeIds = episodes.map((e) => e.id);
    const { facts, starts } = assembleFacts(episodeIds, mappedList.map((m) => m.facts));

    const ruleEpisodesBefore = lastEpisodes;
    const ruleEpisodes = sameRuleEpisodes(episodes, works);
    const ruleInput: RuleInput = { episodes: ruleEpisodes, entities: series.entities, facts, mentions, bible };
    const conflicts = ruleConflicts(ruleInput, mappedList, episodes, setting.ruleBible, ruleEpisodesBefore);
    const sameProject = last && last.episodes.length === episodes.length && episodes.every((e, i) => {
      const p = last!.outcome.projectEpisodes[i];
      return p.id === e.id && p.title === e.title && p.file === e.file && p.index === e.index;
    });
    const outcome: Outcome = {
      series,
      facts,
      mentions,
      conflicts,
      language: majorityLanguage(works.map((w) => w.language)),
      projectEpisodes: sameProject ? last!.outcome.projectEpisodes : episodes.map(({ id, title, file, index }) => ({ id, title, file, index })),
    };
    last = {
      episodes,
      setting,
      filesUnique: new Set(episodes.map((e) => e.file)).size === episodes.length,
      works,
      local,
      confirmed,
      factWorks,
      entries,
      series,
      mappedList,
      starts,
      outcome,
    };
    return outcome;
  }

  /** Whether the series resolution's input equals the last run's (compared by reference, then by content where it changed). */
  function sameSeriesInput(entries: EpisodeEntities[], bibleKey: string): boolean {
    if (!last || last.setting.bibleKey !== bibleKey || last.entries.length !== entries.length) return false;
    let differing = 0;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const l = last.entries[i];
      if (e.entities === l.entities && e.related === l.related && e.episodeId === l.episodeId && e.language === l.language) continue;
      if (++differing > FEW || !sameEntry(e, l)) return false;
    }
    return true;
  }

  /** All facts in series order, each id once (a repeated id gets its episode's id in front); only changed episodes redone. */
  function assembleFacts(ids: string[], segments: Fact[][]): { facts: Fact[]; starts: number[] } {
    const L = last;
    const lastSegments = L?.mappedList.map((m) => m.facts);
    const moved = L && ids.length === L.episodes.length && ids.every((id, i) => id === L.episodes[i].id) ? changedPositions(segments, lastSegments, FEW) : undefined;
    if (L && lastSegments && moved && moved.every((i) => segments[i].length === lastSegments[i].length && segments[i].every((f, k) => f.id === lastSegments[i][k].id))) {
      // The same ids in the same places: each fact keeps the id it was given last time.
      const facts = L.outcome.facts.slice();
      for (const i of moved) {
        const at = L.starts[i];
        segments[i].forEach((f, k) => {
          const id = L.outcome.facts[at + k].id;
          facts[at + k] = f.id === id ? f : { ...f, id };
        });
      }
      return { facts, starts: L.starts };
    }
    redone.facts = true;
    const facts: Fact[] = [];
    const starts: number[] = [];
    const factIds = new Set<string>();
    segments.forEach((segment, i) => {
      starts.push(facts.length);
      for (const f of segment) {
        if (!factIds.has(f.id)) {
          factIds.add(f.id);
          facts.push(f);
          continue;
        }
        let id = f.id;
        while (factIds.has(id)) id = `${ids[i]}:${id}`;
        factIds.add(id);
        facts.push({ ...f, id });
      }
    });
    return { facts, starts };
  }

  /** The rule episodes, the last run's list when every episode reads the same. */
  function sameRuleEpisodes(episodes: Episode[], works: EpisodeWork[]): RuleEpisode[] {
    const prior = lastEpisodes;
    const same =
      prior?.length === episodes.length &&
      episodes.every((ep, i) => {
        const r = prior[i];
        return r.id === ep.id && r.title === ep.title && r.file === ep.file && r.index === ep.index && r.language === works[i].language;
      });
    if (same) return prior;
    lastEpisodes = episodes.map((ep, i) => ({ id: ep.id, title: ep.title, file: ep.file, index: ep.index, language: works[i].language }));
    return lastEpisodes;
  }

  /**
   * The rules' conflicts. When the entities, episodes and bible are the last run's and the edited episodes kept every
   * claim and mention (only offsets and quotes moved), the rules would decide as before: the last conflicts stand, with
   * the evidence in those episodes moved. Otherwise every rule runs.
   */
  function ruleConflicts(input: RuleInput, mappedList: MappedWork[], episodes: Episode[], ruleBible: string, ruleEpisodesBefore: RuleEpisode[] | undefined): BaseConflict[] {
    const L = last;
    let conflicts: BaseConflict[] | undefined;
    if (L && ruleEpisodesBefore === input.episodes && L.series.entities === input.entities && L.setting.ruleBible === ruleBible && L.episodes.length === episodes.length && episodes.every((e, i) => e.file === L.episodes[i].file)) {
      const moved = new Set([
        ...(changedPositions(mappedList.map((m) => m.facts), L.mappedList.map((m) => m.facts), FEW) ?? [-1]),
        ...(changedPositions(mappedList.map((m) => m.mentions), L.mappedList.map((m) => m.mentions), FEW) ?? [-1]),
      ]);
      if (!moved.has(-1) && moved.size <= FEW) {
        const maps = new Map<string, PassageMap>();
        let placed = true;
        for (const i of moved) {
          const passages = shiftedPassages(L.mappedList[i].facts, mappedList[i].facts, L.mappedList[i].mentions, mappedList[i].mentions);
          if (!passages) {
            placed = false;
            break;
          }
          maps.set(episodes[i].file, passages);
        }
        if (placed) conflicts = moveConflicts(L.outcome.conflicts, maps);
      }
    }
    if (!conflicts) {
      redone.rules = true;
      conflicts = runRules(input);
    }
    return conflicts;
  }

  return {
    analyze,
    get lastReanalyzed() {
      return lastReanalyzed;
    },
    get lastRedone() {
      return lastRedone;
    },
  };
}

/** Conflicts with their evidence moved; undefined when some evidence cannot be placed. */
function moveConflicts(conflicts: BaseConflict[], maps: Map<string, PassageMap>): BaseConflict[] | undefined {
  if (maps.size === 0) return conflicts;
  const out: BaseConflict[] = [];
  for (const c of conflicts) {
    const evidence = moveEvidence(c.evidence, maps);
    if (!evidence) return undefined;
    out.push(evidence === c.evidence ? c : { ...c, evidence });
  }
  return out;
}

function majorityLanguage(langs: Language[]): Language {
  const de = langs.filter((l) => l === 'de').length;
  if (langs.length === 0) return 'en';
  return de * 2 > langs.length ? 'de' : de * 2 < langs.length ? 'en' : langs[0];
}
