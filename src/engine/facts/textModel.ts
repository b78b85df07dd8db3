// Splits an episode into sentences and clauses of tokens, with each entity mention collapsed into one token.
import type { Mention } from '../types';
import type { FactLexicon } from './lang/factLexicon';

export type TokenKind = 'word' | 'num' | 'punct' | 'ent';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Entity key, for an `ent` token. */
  key?: string;
  /** A possessive or genitive form of a name ("Lukas'", "Tom's", "Kathrins"). */
  possessive?: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Inside quotation marks: a character speaking, not the narration. */
  quoted?: boolean;
  /** Index of the sentence, and of the clause within the whole text. */
  sentence: number;
  clause: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Global token indexes [first, last]. */
  first: number;
  last: number;
}

export interface TextModel {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const TOKEN = /\d+(?:[.,]\d+)?(?:-[\p{L}]+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*['’]?|\S/gu;
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')', '"', '„', '“', '”', '«', '»', '-']);
const ENDERS = new Set(['.', '!', '?', '…']);
const MONTHS = /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jahrhundert|staffel|folge|kapitel)$/;

function isCapital(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** The lexicon's abbreviations and clause openers as Sets, built once per lexicon (not once per episode). */
const lexiconSets = new WeakMap<FactLexicon, { abbreviations: Set<string>; openers: Set<string> }>();

function setsOf(lex: FactLexicon): { abbreviations: Set<string>; openers: Set<string> } {
  let sets = lexiconSets.get(lex);
  if (!sets) lexiconSets.set(lex, (sets = { abbreviations: new Set(lex.abbreviations), openers: new Set(lex.clauseOpeners) }));
  return sets;
}

/** Is there a line break in text[from, to)? (Cheaper than slicing the gap between every two tokens.) */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** A possessive / genitive surface form of the entity key. */
function isPossessive(surface: string, key: string, nextChar: string): boolean {
  if (/['’]s$/.test(surface) || /['’]$/.test(surface)) return true;
  if (nextChar === "'" || nextChar === '’') return true;
  if (!surface.endsWith('s') || key.endsWith('s')) return false;
  const last = surface.split(/\s+/).pop() ?? '';
  const stem = last.slice(0, -1);
  return key.split(/\s+/).includes(stem);
}

/** Tokens, sentences and clauses of one episode's text, with mentions as single `ent` tokens. */
export function buildTextModel(text: string, mentions: Mention[], lex: FactLexicon): TextModel {
  const raw: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index ?? 0;
    // ASCII first characters decided by code (most tokens); others by the Unicode classes.
    const c0 = t.charCodeAt(0);
    const kind: TokenKind =
      c0 >= 48 && c0 <= 57 ? 'num' : (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) ? 'word' : c0 < 128 ? 'punct' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    // Every token has the same fields in the same order (one object shape), so the extractors' reads stay monomorphic.
    raw.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, kind, key: undefined, possessive: false, capital: isCapital(t), quoted: false, sentence: 0, clause: 0 });
  }
  // Collapse mentions into entity tokens.
  const sorted = [...mentions].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens: Token[] = [];
  let mi = 0;
  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i];
    while (mi < sorted.length && sorted[mi].end <= tok.start) mi++;
    const m = sorted[mi];
    if (m && m.start < tok.end && m.end > tok.start && tok.kind !== 'punct') {
      let end = Math.max(m.end, tok.end);
      let j = i;
      while (j + 1 < raw.length && raw[j + 1].start < m.end) j++;
      end = Math.max(end, raw[j].end);
      // Absorb a detached possessive apostrophe ("Lukas ’").
      let nextChar = text.charAt(end);
      if ((nextChar === "'" || nextChar === '’') && j + 1 < raw.length && raw[j + 1].start === end) {
        if (/^['’]s?$/.test(raw[j + 1].text)) {
          end = raw[j + 1].end;
          j++;
          nextChar = "'";
        }
      }
      const start = Math.min(m.start, tok.start);
      const surface = text.slice(start, end);
      tokens.push({
        text: surface,
        lower: surface.toLowerCase(),
        start,
        end,
        kind: 'ent',
        key: m.entity,
        possessive: isPossessive(surface, m.entity, nextChar) || isPossessive(m.text, m.entity, nextChar),
        capital: true,
        quoted: false,
        sentence: 0,
        clause: 0,
      });
      i = j;
      mi++;
      continue;
    }
    tokens.push(tok);
  }
  // Sentences.
  const { abbreviations, openers } = setsOf(lex);
  const sentences: Sentence[] = [];
  let first = 0;
  let clause = 0;
  const close = (last: number): void => {
    if (last < first) return;
    const index = sentences.length;
    for (let k = first; k <= last; k++) tokens[k].sentence = index;
    sentences.push({ index, start: tokens[first].start, end: tokens[last].end, first, last });
    first = last + 1;
    clause++;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    tok.clause = clause;
    if (i > first) {
      // A blank line always ends a sentence; a single line break ends a short line (a heading, a screenplay line).
      if (hasNewline(text, tokens[i - 1].end, tok.start)) {
        const gap = text.slice(tokens[i - 1].end, tok.start);
        const lineStart = text.lastIndexOf('\n', tokens[i - 1].start) + 1;
        if (/\n\s*\n/.test(gap) || tokens[i - 1].end - lineStart < 50) {
          close(i - 1);
          tok.clause = clause;
        }
      }
    }
    if (CLAUSE_BREAK.has(tok.text)) clause++;
    else if (tok.kind === 'word' && openers.has(tok.lower) && i > first && !CLAUSE_BREAK.has(tokens[i - 1].text)) {
      clause++;
      tok.clause = clause;
    }
    if (tok.kind === 'punct' && ENDERS.has(tok.text)) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (tok.text === '.' && prev && prev.end === tok.start) {
        if (prev.kind === 'word' && (abbreviations.has(prev.lower) || prev.text.length === 1)) continue;
        if (prev.kind === 'num' && next && (MONTHS.test(next.lower) || !next.capital)) continue;
      }
      // Keep closing quotes with the sentence.
      let last = i;
      while (tokens[last + 1] && /^["”“»«']$/.test(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
      if (next && !next.capital && next.kind !== 'num' && !/^["„“”«»(]$/.test(next.text)) continue;
      for (let k = i + 1; k <= last; k++) tokens[k].clause = clause;
      close(last);
      i = last;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  markQuotes(text, tokens);
  return { text, tokens, sentences };
}

const OPEN = new Set(['“', '„', '«', '»', '‘', '‚']);
const CLOSE_OF: Record<string, string[]> = { '“': ['”'], '„': ['“', '”'], '«': ['»'], '»': ['«'], '‘': ['’'], '‚': ['‘', '’'] };

/** Flag tokens inside quotation marks; a quote never runs past its paragraph (a blank line). */
function markQuotes(text: string, tokens: Token[]): void {
  let open: string | null = null;
  let from = -1;
  const closeAt = (end: number): void => {
    for (let k = from + 1; k < end; k++) tokens[k].quoted = true;
    open = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (open && i > 0 && hasNewline(text, tokens[i - 1].end, t.start) && /\n\s*\n/.test(text.slice(tokens[i - 1].end, t.start))) {
      // A paragraph break: a quote left open continues in the next paragraph only in old prose; end it here.
      closeAt(i);
    }
    if (t.kind !== 'punct') continue;
    if (open === null) {
      if (t.text === '"' || OPEN.has(t.text)) {
        open = t.text;
        from = i;
      }
    } else if ((open === '"' && t.text === '"') || (CLOSE_OF[open] ?? []).includes(t.text)) {
      closeAt(i);
    }
  }
  if (open) closeAt(tokens.length);
}
