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
  /** What the last run's series steps saw and made, position by position, to redo only what changed. */
  let lastPromote: { works: EpisodeWork[]; local: Local[]; confirmed: Confirmer } | undefined;
  let lastSeries: { bibleKey: string; ids: string[]; languages: Language[]; entities: LocalEntity[][]; related: [string, string][][]; result: SeriesEntities } | undefined;
  let lastFacts: { ids: string[]; segments: Fact[][]; facts: Fact[]; starts: number[] } | undefined;
  let lastEpisodes: RuleEpisode[] | undefined;
  let lastRules: { episodes: RuleEpisode[]; entities: RuleInput['entities']; bibleKey: string; segments: Fact[][]; mentions: Mention[][]; files: string[]; conflicts: BaseConflict[] } | undefined;

  function analyze(input: Episode[], options: AnalyzeOptions = {}): SeriesAnalysis {
    const bible: Bible = { ...emptyBible(), ...(options.bible ?? {}) };
    const bibleKey = contentHash(JSON.stringify([bible.entities, bible.notNames]));
    const episodes = [...input].sort((a, b) => a.index - b.index);
    const forced = options.language && options.language !== 'auto' ? options.language : undefined;
    const reanalyzed: string[] = [];
    redone = { promotions: false, entities: false, facts: false, rules: false };
    const works: EpisodeWork[] = episodes.map((ep) => {
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
      options.onProgress?.(reanalyzed.length, 2 * episodes.length);
      const language = declared === 'auto' ? detectLanguage(text) : declared;
      const work: EpisodeWork = { ...episodeEntities(text, language, bible), cacheKey, meta, text, language };
      cache.set(ep.id, work);
      reanalyzed.push(ep.id);
      return work;
    });
    if (cache.size > episodes.length) {
      const present = new Set(episodes.map((e) => e.id));
      for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
      for (const id of factCache.keys()) if (!present.has(id)) factCache.delete(id);
      for (const id of mappedCache.keys()) if (!present.has(id)) mappedCache.delete(id);
    }

    // Candidates the rest of the series confirms become mentions. The evidence is every episode's name words: when the
    // episodes that changed lend the same words as before, the other episodes' promotions stand.
    if (promoteMemo.size > 4 * episodes.length + 16) promoteMemo.clear();
    const wordsOf = (w: EpisodeWork): string => (w.words ??= establishedWords(w));
    let local: Local[];
    const movedWorks = changedPositions(works, lastPromote?.works, FEW);
    if (lastPromote && movedWorks && movedWorks.every((i) => wordsOf(works[i]) === wordsOf(lastPromote!.works[i]))) {
      const { confirmed } = lastPromote;
      local = lastPromote.local.slice();
      for (const i of movedWorks) local[i] = promoteEpisode(works[i], confirmed, promoteMemo);
      lastPromote = { works, local, confirmed };
    } else {
      redone.promotions = true;
      const confirmed = seriesConfirmer(works);
      local = works.map((w) => promoteEpisode(w, confirmed, promoteMemo));
      lastPromote = { works, local, confirmed };
    }

    // Facts follow the final mentions.
    const reanalyzedIds = new Set(reanalyzed);
    const factWorks = episodes.map((ep, i): FactWork => {
      const hit = factCache.get(ep.id);
      if (hit && hit.work === works[i] && hit.mentions === local[i].mentions) return hit;
      let signature = signatures.get(local[i].mentions);
      if (signature === undefined) {
        signature = contentHash(local[i].mentions.map((m) => `${m.key}@${m.start}-${m.end}`).join('|'));
        signatures.set(local[i].mentions, signature);
      }
      const key = works[i].cacheKey + '|' + signature;
      if (hit && hit.key === key) {
        const kept = { ...hit, work: works[i], mentions: local[i].mentions };
        factCache.set(ep.id, kept);
        return kept;
      }
      const text = works[i].text;
      options.onProgress?.(episodes.length + i, 2 * episodes.length);
      const facts = episodeFacts({ ...ep, text }, works[i].language, local[i].mentions, local[i].entities);
      const made: FactWork = { key, work: works[i], mentions: local[i].mentions, facts };
      factCache.set(ep.id, made);
      if (!reanalyzedIds.has(ep.id)) {
        reanalyzedIds.add(ep.id);
        reanalyzed.push(ep.id);
      }
      return made;
    });
    const factsOf = factWorks.map((w) => w.facts);
    lastReanalyzed = reanalyzed;

    // Series entities: the resolution is a function of each episode's local entities and related pairs (and the bible),
    // so when those are equal to the last run's, its result stands.
    const seriesInput: EpisodeEntities[] = episodes.map((ep, i) => {
      const fw = factWorks[i];
      const entities = local[i].entities;
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
      return { episodeId: ep.id, language: works[i].language, entities, related: fw.related.pairs };
    });
    redone.entities = !sameSeriesInput(seriesInput, bibleKey);
    const series = redone.entities ? resolveSeriesEntities(seriesInput, bible) : lastSeries!.result;
    lastSeries = {
      bibleKey,
      ids: seriesInput.map((e) => e.episodeId),
      languages: seriesInput.map((e) => e.language),
      entities: seriesInput.map((e) => e.entities),
      related: seriesInput.map((e) => e.related),
      result: series,
    };

    // Mentions and facts with series ids, per episode.
    const mentions: Record<string, Mention[]> = {};
    const beliefs = options.beliefs ?? {};
    const mappedList = episodes.map((ep, i) => {
      const beliefKey = beliefs[ep.file] === undefined ? '' : JSON.stringify(beliefs[ep.file]);
      let mapped = mappedCache.get(ep.id);
      const sameInputs = mapped && mapped.localMentions === local[i].mentions && mapped.localFacts === factsOf[i] && mapped.file === ep.file && mapped.beliefs === beliefKey;
      if (mapped && sameInputs && mapped.series === series) return mapped;
      // Series ids exist only for the episode's local entities, so their ids (with the file, the belief ranges and the
      // local mentions and facts) decide the mapped lists: an unchanged episode reuses them.
      const ids = new Map<string, string | undefined>();
      for (const e of local[i].entities) if (!ids.has(e.key)) ids.set(e.key, series.idOf(ep.id, e.key));
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
        localMentions: local[i].mentions,
        localFacts: factsOf[i],
        mentions: local[i].mentions.map((m) => ({ entity: idOf(m.key) ?? m.key, episode: ep.file, start: m.start, end: m.end, text: m.text })),
        facts: factsOf[i].map((f) => {
          const modality = f.modality === 'asserted' && markedAsBelief(f.start, f.end) ? 'believed' : f.modality;
          return { ...f, id: f.id || `${ep.id}:fact`, modality, episode: ep.file, subject: idOf(f.subject) ?? f.subject, object: idOf(f.object) ?? f.object };
        }),
      };
      mappedCache.set(ep.id, mapped);
      return mapped;
    });
    for (let i = 0; i < episodes.length; i++) mentions[episodes[i].file] = mappedList[i].mentions;
    const episodeIds = episodes.map((e) => e.id);
    const facts = assembleFacts(episodeIds, mappedList.map((m) => m.facts));

    const ruleEpisodes = sameRuleEpisodes(episodes, works);
    const ruleInput: RuleInput = { episodes: ruleEpisodes, entities: series.entities, facts, mentions, bible };
    const base = ruleConflicts(ruleInput, mappedList, episodes);
    const decisions = new Map((options.decisions ?? []).map((d) => [d.conflictId, d]));
    const conflicts: Conflict[] = base.map((b) => {
      const decision = decisions.get(b.id);
      const conflict: Conflict = { ...b, status: decision?.status ?? 'open' };
      if (decision?.note !== undefined) conflict.note = decision.note;
      return conflict;
    });

    lastRedone = redone;
    return {
      report: {
        schemaVersion: 1,
        project: {
          title: options.title ?? '',
          language: forced ?? majorityLanguage(works.map((w) => w.language)),
          episodes: episodes.map(({ id, title, file, index }) => ({ id, title, file, index })),
        },
        entities: series.entities,
        facts,
        conflicts,
      },
      mentions,
    };
  }

  /** Whether the series resolution's input equals the last run's (compared by reference, then by content where it changed). */
  function sameSeriesInput(input: EpisodeEntities[], bibleKey: string): boolean {
    const last = lastSeries;
    if (!last || last.bibleKey !== bibleKey || last.ids.length !== input.length) return false;
    let differing = 0;
    for (let i = 0; i < input.length; i++) {
      const e = input[i];
      if (e.episodeId !== last.ids[i] || e.language !== last.languages[i]) return false;
      if (e.entities === last.entities[i] && e.related === last.related[i]) continue;
      if (++differing > FEW) return false;
      if (JSON.stringify([e.entities, e.related]) !== JSON.stringify([last.entities[i], last.related[i]])) return false;
    }
    return true;
  }

  /** All facts in series order, each id once (a repeated id gets its episode's id in front); only changed episodes redone. */
  function assembleFacts(ids: string[], segments: Fact[][]): Fact[] {
    const last = lastFacts;
    const moved = last && ids.length === last.ids.length && ids.every((id, i) => id === last.ids[i]) ? changedPositions(segments, last.segments, FEW) : undefined;
    if (last && moved && moved.every((i) => segments[i].length === last.segments[i].length && segments[i].every((f, k) => f.id === last.segments[i][k].id))) {
      // The same ids in the same places: each fact keeps the id it was given last time.
      const facts = last.facts.slice();
      for (const i of moved) {
        const at = last.starts[i];
        segments[i].forEach((f, k) => {
          const id = last.facts[at + k].id;
          facts[at + k] = f.id === id ? f : { ...f, id };
        });
      }
      lastFacts = { ids, segments, facts, starts: last.starts };
      return facts;
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
    lastFacts = { ids, segments, facts, starts };
    return facts;
  }

  /** The rule episodes, the last run's list when every episode reads the same. */
  function sameRuleEpisodes(episodes: Episode[], works: EpisodeWork[]): RuleEpisode[] {
    const last = lastEpisodes;
    const same =
      last?.length === episodes.length &&
      episodes.every((ep, i) => {
        const r = last[i];
        return r.id === ep.id && r.title === ep.title && r.file === ep.file && r.index === ep.index && r.language === works[i].language;
      });
    if (same) return last;
    lastEpisodes = episodes.map((ep, i) => ({ id: ep.id, title: ep.title, file: ep.file, index: ep.index, language: works[i].language }));
    return lastEpisodes;
  }

  /**
   * The rules' conflicts. When the entities, episodes and bible are the last run's and the edited episodes kept every
   * claim and mention (only offsets and quotes moved), the rules would decide as before: the last conflicts stand, with
   * the evidence in those episodes moved. Otherwise every rule runs.
   */
  function ruleConflicts(input: RuleInput, mappedList: MappedWork[], episodes: Episode[]): BaseConflict[] {
    const segments = mappedList.map((m) => m.facts);
    const mentionLists = mappedList.map((m) => m.mentions);
    const files = episodes.map((e) => e.file);
    const bibleKey = JSON.stringify(input.bible);
    const last = lastRules;
    let conflicts: BaseConflict[] | undefined;
    if (last && last.episodes === input.episodes && last.entities === input.entities && last.bibleKey === bibleKey && files.every((f, i) => f === last.files[i])) {
      const moved = new Set([...(changedPositions(segments, last.segments, FEW) ?? [-1]), ...(changedPositions(mentionLists, last.mentions, FEW) ?? [-1])]);
      if (!moved.has(-1) && moved.size <= FEW) {
        const maps = new Map<string, PassageMap>();
        for (const i of moved) {
          const passages = shiftedPassages(last.segments[i], segments[i], last.mentions[i], mentionLists[i]);
          if (!passages) {
            maps.clear();
            maps.set('', new Map());
            break;
          }
          maps.set(files[i], passages);
        }
        if (!maps.has('')) conflicts = moveConflicts(last.conflicts, maps);
      }
    }
    if (!conflicts) {
      redone.rules = true;
      conflicts = runRules(input);
    }
    lastRules = { episodes: input.episodes, entities: input.entities, bibleKey, segments, mentions: mentionLists, files, conflicts };
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
