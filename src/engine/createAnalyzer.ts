// The incremental analyzer: caches each episode's entity and fact work by content, re-runs only the series pass.
import { episodeEntities, type EpisodeEntityResult } from './entities/episodeEntities';
import type { KeyedMention, LocalEntity } from './entities/resolveLocalEntities';
import { promoteCandidates } from './entities/promoteCandidates';
import { resolveSeriesEntities, type EpisodeEntities } from './entities/resolveSeriesEntities';
import { extractFacts } from './facts/extractFacts';
import { conflictFingerprint } from './fingerprint';
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
}

interface EpisodeWork extends EpisodeEntityResult {
  cacheKey: string;
  language: Language;
}

/** One episode's mentions and facts with series-wide entity ids, kept while nothing they depend on changes. */
interface MappedWork {
  key: string;
  localMentions: KeyedMention[];
  localFacts: Fact[];
  mentions: Mention[];
  /** Facts with series ids and their own (not yet de-duplicated) fact ids. */
  facts: Fact[];
}

interface FactWork {
  /** Content key plus the mentions the facts were extracted with. */
  key: string;
  facts: Fact[];
}

function analyzeEpisode(episode: Episode, language: Language, bible: Bible, cacheKey: string): EpisodeWork {
  return { ...episodeEntities(episode.text, language, bible), cacheKey, language };
}

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

/** A new analyzer with an empty cache. */
export function createAnalyzer(): Analyzer {
  const cache = new Map<string, EpisodeWork>();
  const factCache = new Map<string, FactWork>();
  const signatures = new WeakMap<object, string>();
  const promoteMemo = new Map<string, { mentions: KeyedMention[]; entities: LocalEntity[] }>();
  const mappedCache = new Map<string, MappedWork>();
  let lastReanalyzed: string[] = [];

  function analyze(input: Episode[], options: AnalyzeOptions = {}): SeriesAnalysis {
    const bible: Bible = { ...emptyBible(), ...(options.bible ?? {}) };
    const bibleKey = contentHash(JSON.stringify([bible.entities, bible.notNames]));
    const episodes = [...input].sort((a, b) => a.index - b.index);
    const forced = options.language && options.language !== 'auto' ? options.language : undefined;
    const reanalyzed: string[] = [];
    const works: EpisodeWork[] = episodes.map((ep) => {
      const text = typeof ep.text === 'string' ? ep.text : '';
      const declared = forced ?? ep.language ?? 'auto';
      const cacheKey = [ep.file, contentHash(text), text.length, declared, bibleKey].join('|');
      const hit = cache.get(ep.id);
      if (hit && hit.cacheKey === cacheKey) return hit;
      options.onProgress?.(reanalyzed.length, 2 * episodes.length);
      const language = declared === 'auto' ? detectLanguage(text) : declared;
      const work = analyzeEpisode({ ...ep, text }, language, bible, cacheKey);
      cache.set(ep.id, work);
      reanalyzed.push(ep.id);
      return work;
    });
    const present = new Set(episodes.map((e) => e.id));
    for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
    for (const id of factCache.keys()) if (!present.has(id)) factCache.delete(id);

    // Candidates the rest of the series confirms become mentions; facts follow the final mentions.
    if (promoteMemo.size > 4 * episodes.length + 16) promoteMemo.clear();
    const local = promoteCandidates(works, promoteMemo);
    // Membership of `reanalyzed` by Set: a whole-series run would make a linear search per episode quadratic.
    const reanalyzedIds = new Set(reanalyzed);
    const factsOf = episodes.map((ep, i) => {
      let signature = signatures.get(local[i].mentions);
      if (signature === undefined) {
        signature = contentHash(local[i].mentions.map((m) => `${m.key}@${m.start}-${m.end}`).join('|'));
        signatures.set(local[i].mentions, signature);
      }
      const key = works[i].cacheKey + '|' + signature;
      const hit = factCache.get(ep.id);
      if (hit && hit.key === key) return hit.facts;
      const text = typeof ep.text === 'string' ? ep.text : '';
      options.onProgress?.(episodes.length + i, 2 * episodes.length);
      const facts = episodeFacts({ ...ep, text }, works[i].language, local[i].mentions, local[i].entities);
      factCache.set(ep.id, { key, facts });
      if (!reanalyzedIds.has(ep.id)) {
        reanalyzedIds.add(ep.id);
        reanalyzed.push(ep.id);
      }
      return facts;
    });
    lastReanalyzed = reanalyzed;
    const seriesInput: EpisodeEntities[] = episodes.map((ep, i) => {
      const keys = new Set(local[i].entities.map((e) => e.key));
      return {
        episodeId: ep.id,
        language: works[i].language,
        entities: local[i].entities,
        related: factsOf[i]
          // Any fact between two named entities (kin, colleague, meets, talks to) shows two people.
          .filter((f) => f.subject !== f.object && keys.has(f.subject) && keys.has(f.object))
          .map((f) => [f.subject, f.object] as [string, string]),
      };
    });
    const series = resolveSeriesEntities(seriesInput, bible);

    const mentions: Record<string, Mention[]> = {};
    const facts: Fact[] = [];
    const factIds = new Set<string>();
    const beliefs = options.beliefs ?? {};
    const markedAsBelief = (file: string, start: number, end: number) =>
      (beliefs[file] ?? []).some((range) => start < range.end && end > range.start);
    for (const id of mappedCache.keys()) if (!present.has(id)) mappedCache.delete(id);
    episodes.forEach((ep, i) => {
      // Series ids exist only for the episode's local entities, so their ids (with the file, the belief ranges and
      // the local mentions and facts) decide the mapped lists: an unchanged episode reuses them (a keystroke edits one).
      const ids = new Map<string, string | undefined>();
      for (const e of local[i].entities) if (!ids.has(e.key)) ids.set(e.key, series.idOf(ep.id, e.key));
      const idOf = (key: string): string | undefined => ids.get(key);
      let key = `${ep.file}\u0000${JSON.stringify(beliefs[ep.file] ?? [])}`;
      for (const [k, id] of ids) key += `\u0000${k}\u0001${id ?? ''}`;
      let mapped = mappedCache.get(ep.id);
      if (!mapped || mapped.key !== key || mapped.localMentions !== local[i].mentions || mapped.localFacts !== factsOf[i]) {
        mapped = {
          key,
          localMentions: local[i].mentions,
          localFacts: factsOf[i],
          mentions: local[i].mentions.map((m) => ({ entity: idOf(m.key) ?? m.key, episode: ep.file, start: m.start, end: m.end, text: m.text })),
          facts: factsOf[i].map((f) => {
            const modality = f.modality === 'asserted' && markedAsBelief(ep.file, f.start, f.end) ? 'believed' : f.modality;
            return { ...f, id: f.id || `${ep.id}:fact`, modality, episode: ep.file, subject: idOf(f.subject) ?? f.subject, object: idOf(f.object) ?? f.object };
          }),
        };
        mappedCache.set(ep.id, mapped);
      }
      mentions[ep.file] = mapped.mentions;
      for (const f of mapped.facts) {
        if (!factIds.has(f.id)) {
          factIds.add(f.id);
          facts.push(f);
          continue;
        }
        let id = f.id;
        while (factIds.has(id)) id = `${ep.id}:${id}`;
        factIds.add(id);
        facts.push({ ...f, id });
      }
    });

    const ruleEpisodes: RuleEpisode[] = episodes.map((ep, i) => ({ id: ep.id, title: ep.title, file: ep.file, index: ep.index, language: works[i].language }));
    const ruleInput: RuleInput = { episodes: ruleEpisodes, entities: series.entities, facts, mentions, bible };
    const decisions = new Map((options.decisions ?? []).map((d) => [d.conflictId, d]));
    const conflicts: Conflict[] = [];
    const seen = new Set<string>();
    for (const rule of rules) {
      let findings: ReturnType<typeof rule> = [];
      try {
        findings = rule(ruleInput);
      } catch {
        findings = [];
      }
      for (const { key, ...finding } of findings) {
        const id = conflictFingerprint(finding.kind, key);
        if (seen.has(id)) continue;
        seen.add(id);
        const decision = decisions.get(id);
        const conflict: Conflict = { id, ...finding, status: decision?.status ?? 'open' };
        if (decision?.note !== undefined) conflict.note = decision.note;
        conflicts.push(conflict);
      }
    }

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

  return {
    analyze,
    get lastReanalyzed() {
      return lastReanalyzed;
    },
  };
}

function majorityLanguage(langs: Language[]): Language {
  const de = langs.filter((l) => l === 'de').length;
  if (langs.length === 0) return 'en';
  return de * 2 > langs.length ? 'de' : de * 2 < langs.length ? 'en' : langs[0];
}
