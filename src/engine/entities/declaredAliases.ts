// Reads the nicknames a text declares for a named person ("Josef Haber – Sepp, wie ihn alle nennen", "Margaret Lowe, known as Maggie").
import type { Language } from '../types';
import type { RawMention } from './findMentions';

/** Words between the full name and a nickname that announce the nickname ("genannt Sepp", "nur „Vroni“", "known as Maggie"). */
const cueBefore: Record<Language, RegExp> = {
  de: /(?:(?:^|[\s,(–—-])(?:genannt|gerufen|Spitzname|Rufname|Kosename):?\s*[„"»‚']?\s*(?:(?:der|die|das|den)\s+)?[„"»‚']?|(?:^|[\s,(–—-])(?:nur|bloß|kurz)\s*(?:[„"»‚']\s*(?:(?:der|die|das|den)\s+)?|(?:der|die|das|den)\s+[„"»‚']))\s*$/u,
  en: /(?:(?:^|[\s,(–—-])(?:(?:better\s+)?known(?:\s+to(?:\s+\S+){1,3})?\s+as|nicknamed|goes\s+by)\s*["“‘']?\s*(?:the\s+)?["“‘']?|,\s*(?:also\s+|usually\s+|simply\s+|just\s+)?called\s*["“‘']?|(?:^|[\s,(–—-])(?:simply|just)\s*["“‘'])\s*$/u,
};

/** Words right after a nickname that say it is one ("Sepp, wie ihn alle nennen", "Maggie, as everyone calls her"). */
const cueAfter: Record<Language, RegExp> = {
  de: /^[\s,"“”]*(?:wie\s+(?:ihn|sie)\s+(?:\S+\s+){0,3}(?:nennen|nennt|rufen|ruft|heißt|heißen)|(?:nennen|rufen)\s+(?:ihn|sie)\s+(?:alle|die\s+meisten|viele|seine|ihre|hier|im))/u,
  en: /^[\s,"“”]*(?:as\s+(?:\S+\s+){0,3}(?:calls?|called|know|knows|knew)\s+(?:him|her)|to\s+(?:his|her|their)\s+friends|for\s+short)/u,
};

/** The longest gap (in characters) between a full name and a nickname announced after it. */
const maxGap = 160;

/** A capitalised word and what follows it up to the next word. */
const capitalWord = /\p{Lu}[\p{L}\p{M}-]*/gu;

/**
 * Nicknames the episode declares, as "nickname" → "full name tokens joined". Only single-word nicknames the episode
 * also uses as a name on their own, sharing no word with the full name (two or more words), announced in the full
 * name's sentence ("Konrad Albers, genannt Conny") or said to be one right after (", wie ihn alle nennen") within a
 * sentence of it; a nickname followed by a possessive or by more words of a name is not one ("known as Tom's sister").
 */
export function findDeclaredAliases(text: string, mentions: RawMention[], language: Language): Map<string, string> {
  const nicknames = new Set<string>();
  for (const m of mentions) if (m.name.length === 1 && m.titles.length === 0) nicknames.add(m.name[0]);
  const out = new Map<string, string>();
  const refused = new Set<string>();
  const declare = (nick: string, full: RawMention, at: number) => {
    if (full.name.includes(nick)) return;
    // A possessive or another capitalised word after the nickname makes it part of a description ("known as Tom's sister").
    const after = text.slice(at + nick.length, at + nick.length + 4);
    if (/^['’]s?\b/u.test(after) || /^s\s/u.test(after) || /^\s+\p{Lu}\p{Ll}/u.test(after)) return;
    const target = full.name.join(' ');
    const known = out.get(nick);
    if (known !== undefined && known !== target) refused.add(nick);
    else out.set(nick, target);
  };
  if (nicknames.size === 0) return out;
  mentions.forEach((full, i) => {
    if (full.name.length < 2) return;
    // Announced after the full name, in its sentence.
    const rest = text.slice(full.end, full.end + maxGap);
    const stop = rest.search(/[.!?;](?=\s|$)/u);
    const sentence = stop >= 0 ? rest.slice(0, stop) : rest;
    for (const w of sentence.matchAll(capitalWord)) {
      if (nicknames.has(w[0]) && cueBefore[language].test(sentence.slice(0, w.index))) declare(w[0], full, full.end + w.index);
    }
    // Said to be a nickname right after it, up to the next full name and within a sentence.
    for (let k = i + 1; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.name.length >= 2 || m.sentence - full.sentence > 1 || m.start - full.end > maxGap * 2) break;
      if (m.titles.length === 0 && cueAfter[language].test(text.slice(m.end, m.end + 60))) declare(m.name[0], full, m.start);
    }
  });
  for (const nick of refused) out.delete(nick);
  return out;
}
