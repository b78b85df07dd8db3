// Conflict rule: one entity's name written two ways (Katrin / Kathrin, Kreuzer / Kreutzer), across or within episodes.
import { nameTokens } from '../entities/nameTokens';
import { areSoundAlikes, areSpellingVariants } from '../entities/spellingVariants';
import { givenNameGender } from '../lang/lexicon';
import type { Entity, Evidence, Language, Mention } from '../types';
import type { Finding, Rule, RuleEpisode, RuleInput } from './rule';

interface Spelling {
  form: string;
  count: number;
  /** First mention per episode file, in series order. */
  firstIn: Map<string, Mention>;
}

const quote = (lang: Language, s: string): string => (lang === 'de' ? `„${s}“` : `“${s}”`);

function episodeList(lang: Language, eps: RuleEpisode[]): string {
  const names = eps.map((e) => e.title || e.file);
  const shown = names.length > 3 ? [...names.slice(0, 3), '…'] : names;
  if (lang === 'de') return `${eps.length > 1 ? 'Folgen' : 'Folge'} ${shown.join(', ')}`;
  return `${eps.length > 1 ? 'episodes' : 'episode'} ${shown.join(', ')}`;
}

function summaryOf(lang: Language, entity: Entity, from: Spelling, to: Spelling, epsFrom: RuleEpisode[], epsTo: RuleEpisode[]): string {
  const same = epsFrom.length === 1 && epsTo.length === 1 && epsFrom[0].id === epsTo[0].id;
  if (lang === 'de') {
    const what = entity.kind === 'character' ? 'dieselbe Person' : entity.kind === 'place' ? 'denselben Ort' : 'dasselbe';
    if (same) return `${quote(lang, from.form)} und ${quote(lang, to.form)} in ${episodeList(lang, epsFrom)} bezeichnen vermutlich ${what}.`;
    return `${quote(lang, from.form)} (${episodeList(lang, epsFrom)}) und ${quote(lang, to.form)} (${episodeList(lang, epsTo)}) bezeichnen vermutlich ${what}.`;
  }
  const what = entity.kind === 'character' ? 'the same person' : entity.kind === 'place' ? 'the same place' : 'the same thing';
  if (same) return `${quote(lang, from.form)} and ${quote(lang, to.form)} in ${episodeList(lang, epsFrom)} probably name ${what}.`;
  return `${quote(lang, from.form)} (${episodeList(lang, epsFrom)}) and ${quote(lang, to.form)} (${episodeList(lang, epsTo)}) probably name ${what}.`;
}

/** A German genitive of another form of the name, or of a spelling of one ("Katrins" beside "Kathrin"). */
function genitiveOf(t: string, all: Set<string>, lang: Language): boolean {
  if (lang !== 'de' || !/[^s]s$/u.test(t)) return false;
  const stem = t.slice(0, -1);
  if (all.has(stem)) return true;
  if (givenNameGender(t) !== undefined) return false;
  for (const other of all) if (other !== t && areSpellingVariants(stem, other, lang)) return true;
  return false;
}

/** One entity's mentions in one episode that share a text: how many, and the first of them (smallest offset). */
interface TextGroup {
  /** The episode file the mentions name (their own `episode`). */
  episode: string;
  text: string;
  count: number;
  first: Mention;
}

/**
 * An episode's mentions grouped by entity and then by text, in order of first appearance; worked out once per mention
 * list (an unchanged episode keeps its list from one analysis to the next, so only edited episodes are grouped again).
 */
const groupsByList = new WeakMap<Mention[], Map<string, TextGroup[]>>();

function groupsOf(list: Mention[]): Map<string, TextGroup[]> {
  const cached = groupsByList.get(list);
  if (cached) return cached;
  const out = new Map<string, TextGroup[]>();
  const byText = new Map<string, TextGroup>();
  for (const m of list) {
    const k = m.entity + '\u0000' + m.episode + '\u0000' + m.text;
    const g = byText.get(k);
    if (g) {
      g.count++;
      if (g.first.start > m.start) g.first = m;
      continue;
    }
    const made: TextGroup = { episode: m.episode, text: m.text, count: 1, first: m };
    byText.set(k, made);
    const groups = out.get(m.entity);
    if (groups) groups.push(made);
    else out.set(m.entity, [made]);
  }
  groupsByList.set(list, out);
  return out;
}

/** Spelling-variant findings: for every entity, each pair of its name words that are two spellings of one. */
export const spellingVariant: Rule = (input: RuleInput): Finding[] => {
  const episodeByFile = new Map(input.episodes.map((e) => [e.file, e]));
  const order = new Map(input.episodes.map((e, i) => [e.file, i]));
  // Per entity: each episode file with the texts it is named by there (mentions of one text count together).
  const byEntity = new Map<string, TextGroup[][]>();
  const mentionCount = new Map<string, number>();
  for (const file of Object.keys(input.mentions)) {
    for (const [entity, groups] of groupsOf(input.mentions[file])) {
      let list = byEntity.get(entity);
      if (!list) byEntity.set(entity, (list = []));
      list.push(groups);
      let n = mentionCount.get(entity) ?? 0;
      for (const g of groups) n += g.count;
      mentionCount.set(entity, n);
    }
  }
  const declared = new Map<string, Set<string>>();
  for (const b of input.bible.entities) {
    const tokens = new Set<string>();
    for (const n of [b.name, ...b.aliases]) for (const t of nameTokens(n, 'en')) tokens.add(t);
    declared.set(b.name, tokens);
  }

  // Series position of each episode id (the first, if repeated): the entity's first episode without a scan per entity.
  const positionOf = new Map<string, number>();
  input.episodes.forEach((e, i) => {
    if (!positionOf.has(e.id)) positionOf.set(e.id, i);
  });
  // Name words per mention text and language, worked out once (long series repeat the same few names many times).
  const tokenMemo = new Map<Language, Map<string, string[]>>();
  const tokensOf = (text: string, lang: Language): string[] => {
    let byText = tokenMemo.get(lang);
    if (!byText) tokenMemo.set(lang, (byText = new Map()));
    let t = byText.get(text);
    if (!t) byText.set(text, (t = nameTokens(text, lang)));
    return t;
  };

  const findings: Finding[] = [];
  for (const entity of input.entities) {
    const appearances = byEntity.get(entity.id);
    if (!appearances || (mentionCount.get(entity.id) ?? 0) < 2) continue;
    const all = new Set<string>();
    const langOf = (g: TextGroup): Language => episodeByFile.get(g.episode)?.language ?? 'en';
    for (const groups of appearances) for (const g of groups) for (const t of tokensOf(g.text, langOf(g))) all.add(t);
    const spellings = new Map<string, Spelling>();
    // The spellings a mention text counts for (distinct words, genitives as their stem), once per text and language
    // for this entity: genitives depend only on `all`.
    const formsMemo = new Map<Language, Map<string, string[]>>();
    const formsOf = (text: string, lang: Language): string[] => {
      let byText = formsMemo.get(lang);
      if (!byText) formsMemo.set(lang, (byText = new Map()));
      let out = byText.get(text);
      if (!out) byText.set(text, (out = [...new Set(tokensOf(text, lang))].map((t) => (genitiveOf(t, all, lang) ? t.slice(0, -1) : t))));
      return out;
    };
    for (const groups of appearances) {
      for (const g of groups) {
        for (const t of formsOf(g.text, langOf(g))) {
          let s = spellings.get(t);
          if (!s) spellings.set(t, (s = { form: t, count: 0, firstIn: new Map() }));
          s.count += g.count;
          const prev = s.firstIn.get(g.episode);
          if (!prev || prev.start > g.first.start) s.firstIn.set(g.episode, g.first);
        }
      }
    }
    const forms = [...spellings.values()];
    let first = -1;
    for (const id of entity.episodes) {
      const p = positionOf.get(id);
      if (p !== undefined && (first < 0 || p < first)) first = p;
    }
    const lang0 = first >= 0 ? input.episodes[first].language : 'en';
    const allowed = declared.get(entity.name);
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const a = forms[i];
        const b = forms[j];
        if (!areSpellingVariants(a.form, b.form, lang0) && !areSoundAlikes(a.form, b.form)) continue;
        if (allowed && allowed.has(a.form) && allowed.has(b.form)) continue;
        const inName = (s: Spelling): number => (entity.name.split(/\s+/u).includes(s.form) ? 1 : 0);
        // The spelling written more often (then the one in the entity's name) is the one to keep.
        const bWins = b.count - a.count || inName(b) - inName(a) || (b.form < a.form ? 1 : -1);
        const [from, to] = bWins > 0 ? [a, b] : [b, a];
        const filesOf = (s: Spelling): string[] => [...s.firstIn.keys()].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
        const epsFrom = filesOf(from).map((f) => episodeByFile.get(f)!).filter(Boolean);
        const epsTo = filesOf(to).map((f) => episodeByFile.get(f)!).filter(Boolean);
        const lang = epsFrom[0]?.language ?? lang0;
        const evidence: Evidence[] = [];
        for (const s of [from, to]) {
          for (const f of filesOf(s)) {
            const m = s.firstIn.get(f)!;
            evidence.push({ episode: f, quote: m.text, start: m.start, end: m.end });
          }
        }
        evidence.sort((x, y) => (order.get(x.episode) ?? 0) - (order.get(y.episode) ?? 0) || x.start - y.start);
        const name = entity.name.split(/\s+/u).map((t) => (t === from.form ? to.form : t)).join(' ');
        findings.push({
          key: [a.form, b.form].sort().join('|'),
          kind: 'spelling',
          severity: 'warning',
          entity: name,
          summary: summaryOf(lang, entity, from, to, epsFrom, epsTo),
          evidence,
          fixes: [{ kind: 'rename', from: from.form, to: to.form }],
        });
      }
    }
  }
  return findings;
};
