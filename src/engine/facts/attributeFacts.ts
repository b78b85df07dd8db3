// Physical details: eye and hair colour, scars and tattoos and where on the body, injuries ("bricht sich den linken Arm").
import type { FactSink } from './factSink';
import type { Grammar, Ref } from './grammar';

const FEATURE_PLURALS = new Set(['augen', 'eyes', 'haar', 'haare', 'haaren', 'hair']);
const HAVE_WITH = new Set(['hat', 'haben', 'hatte', 'has', 'have', 'had', 'mit', 'with']);
const HANDED: Record<string, 'left-handed' | 'right-handed'> = {
  linkshänder: 'left-handed', linkshänderin: 'left-handed', linkshändig: 'left-handed', linkshändige: 'left-handed', linkshändigen: 'left-handed',
  rechtshänder: 'right-handed', rechtshänderin: 'right-handed', rechtshändig: 'right-handed', rechtshändige: 'right-handed', rechtshändigen: 'right-handed',
  'left-handed': 'left-handed', 'left-hander': 'left-handed', 'right-handed': 'right-handed', 'right-hander': 'right-handed',
};
const WRITING = new Set(['schreibt', 'schrieb', 'schreiben', 'unterschreibt', 'unterschrieb', 'füllt', 'zeichnet', 'malt', 'kritzelt', 'hält', 'writes', 'wrote', 'signs', 'signed', 'draws', 'fills', 'scribbles', 'holds']);
const HAND = new Set(['hand', 'hand.']);
/** Things a person has or wears that a reader would notice missing: glasses, a beard. */
const ITEMS: Record<string, string> = {
  glasses: 'glasses', spectacles: 'glasses', brille: 'glasses', lesebrille: 'glasses',
  beard: 'facial-hair', moustache: 'facial-hair', mustache: 'facial-hair', bart: 'facial-hair', vollbart: 'facial-hair', schnurrbart: 'facial-hair', schnauzer: 'facial-hair',
};
const WEAR = new Set(['reading', 'wears', 'wore', 'wearing', 'worn', 'wear', 'with', 'off', 'on', 'his', 'her']);
const DRAG_PARTICLE = new Set(['nach']);
/** Verbs and participles of dyeing hair. */
const DYE = new Set(['dyes', 'dyed', 'dye', 'dyeing', 'bleaches', 'bleached', 'bleach', 'colours', 'coloured', 'colors', 'colored', 'tints', 'tinted', 'hennaed', 'blondiert', 'blondierte', 'blondierten', 'tönt', 'tönte', 'getönt', 'getönten']);
const DYE_STEM = /^(ge)?färb/u;
const BLIND = new Set(['blind']);
const HEALED = new Set(['verheilt', 'verheilte', 'ausgeheilt', 'geheilt', 'heals', 'healed', 'recovered', 'genesen', 'gesund']);
const NEVER_WORDS = new Set(['never', 'nie', 'niemals', 'no', 'kein', 'keine', 'keinen', 'keinem']);
const INJURY_VERBS = new Set(['bricht', 'brach', 'verletzt', 'verstaucht', 'verstauchte', 'breaks', 'broke', 'injures', 'injured', 'sprains', 'sprained', 'fractures', 'fractured', 'hurts', 'hurt']);
/** A lasting impairment of a limb (a stiff leg, a limp): it stays from episode to episode until the story heals it. */
const LASTING = new Set(['steif', 'steife', 'steifen', 'steifes', 'stiff', 'lahm', 'lahme', 'lahmen', 'lahmes', 'lame', 'hinkt', 'hinkte', 'humpelt', 'humpelte', 'limps', 'limped', 'limping', 'drags', 'dragged', 'dragging', 'nachzieht', 'nachzog']);
/** "seine einzige Narbe", "her only scar", "has one scar": no other scar exists. */
const ONLY = new Set(['einzige', 'einzigen', 'einziges', 'einziger', 'only', 'single', 'sole']);
const ONE = new Set(['one']);
const INJURY_STATES = new Set([...LASTING, 'gebrochen', 'gebrochene', 'gebrochenen', 'gebrochener', 'verletzte', 'verletzten', 'verletzter', 'eingegipste', 'eingegipsten', 'verbundene', 'verbundenen', 'broken', 'bandaged', 'injured', 'plastered']);

const GENITIVE_RELATIVES = new Set(['whose', 'dessen', 'deren']);

/** "Tom, whose grey eyes …", "Anna, deren Haare …": the name before the relative pronoun owns the feature; a common noun ("the groom, whose …") owns it for nobody we know. */
function antecedentOf(g: Grammar, k: number, sink?: FactSink): Ref | null {
  const before = g.tok(k - 1)?.text === ',' ? k - 2 : k - 1;
  const t = g.tok(before);
  if (t?.kind === 'word' && WEDDING_ROLES[t.lower] && sink) return partnerAtWedding(g, sink, WEDDING_ROLES[t.lower], before);
  return t?.kind === 'ent' && t.key && !t.possessive ? { key: t.key, index: before } : null;
}

/** "the groom", "die Braut": the one partner of that gender the episode marries (or tells married); nobody if it names none or several. */
const WEDDING_ROLES: Record<string, 'male' | 'female'> = { groom: 'male', bridegroom: 'male', bräutigam: 'male', bride: 'female', braut: 'female' };
function partnerAtWedding(g: Grammar, sink: FactSink, gender: 'male' | 'female', at: number): Ref | null {
  const keys = new Set<string>();
  for (const f of sink.facts) if (f.predicate === 'spouse' && f.modality !== 'negated' && f.modality !== 'believed' && g.genderOf(f.subject) === gender) keys.add(f.subject);
  return keys.size === 1 ? { key: [...keys][0], index: at } : null;
}

/** The owner of a body feature at token i: a possessive before it, a genitive name, or the subject who has it. */
function ownerOf(g: Grammar, i: number, from: number, sink?: FactSink): Ref | null {
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
    const t = g.tokens[k];
    if (t.kind === 'word' && g.lex.possessives[t.lower]) return g.resolvePronoun(k, g.lex.possessives[t.lower]);
    if (t.kind === 'ent' && t.possessive && t.key) return { key: t.key, index: k };
    if (t.kind === 'word' && GENITIVE_RELATIVES.has(t.lower)) return antecedentOf(g, k, sink);
    if (t.kind !== 'word') break;
  }
  const [a] = g.clauseRange(i);
  for (let k = i - 1; k >= a; k--) {
    if (g.isWord(k, HAVE_WITH)) {
      const t = g.tok(k - 1);
      // "a quiet Czech with a scar": a capitalised noun after an indefinite article describes someone, it names no one.
      const described = g.isWord(k - 2, g.set.indefinite) || (g.isWord(k - 3, g.set.indefinite) && g.tok(k - 2)?.kind === 'word');
      if (described) {
        // "Er war ein hagerer Mann mit grauen Augen", "Tom is a quiet man with a scar": after a copula the description is its subject's.
        const article = g.isWord(k - 2, g.set.indefinite) ? k - 2 : k - 3;
        if (g.isWord(article - 1, g.set.copulas)) return g.subjectsOf(article - 1)[0] ?? null;
        // The name the apposition follows: "Piet Varga, a tall Dane with a scar …".
        const [ca] = g.clauseRange(k);
        const head = g.tok(ca - 2);
        return g.tok(ca - 1)?.text === ',' && head?.kind === 'ent' && head.key && !head.possessive ? { key: head.key, index: ca - 2 } : null;
      }
      if (t?.kind === 'ent' && t.key && !t.possessive) return { key: t.key, index: k - 1 };
      return g.subjectsOf(i)[0] ?? describedSubject(g, a, k);
    }
  }
  return null;
}

const DESCRIBED_ARTICLE: Record<string, 'male' | 'female' | 'any'> = { der: 'male', die: 'female', the: 'any' };
const AGED = /(jährig\p{L}*|-years?-old)$/u;

/** "Die 29-jährige Glasbläserin hat …", "Der Wirt hat …": a description of a person opening the clause stands for the person just named. */
function describedSubject(g: Grammar, a: number, have: number): Ref | null {
  const gender = DESCRIBED_ARTICLE[g.tok(a)?.lower ?? ''];
  if (!gender || have - a < 2 || have - a > 6) return null;
  let person = false;
  for (let k = a + 1; k < have; k++) {
    const t = g.tokens[k];
    // "29-jährige" may come as number, hyphen and word.
    if (AGED.test(t.lower)) person = true;
    if (t.kind === 'num' || t.text === '-') continue;
    if (t.kind !== 'word') return null;
    if (AGED.test(t.lower) || g.roleNounAt(k) || g.lex.personNouns[t.lower]) person = true;
  }
  if (!person || (gender === 'any' && !g.lex.personNouns[g.tokens[have - 1].lower] && !g.roleNounAt(have - 1))) return null;
  return g.resolvePronoun(a, gender === 'any' ? 'any' : gender);
}

const REFLEXIVE = new Set(['sich', 'himself', 'herself']);

/** "Jonas reibt sich die Narbe am Kinn": a reflexive before the mark makes it the subject's own. */
function reflexiveOwner(g: Grammar, i: number): Ref | null {
  const [a] = g.clauseRange(i);
  for (let k = Math.max(a, i - 4); k < i; k++) if (g.isWord(k, REFLEXIVE)) return g.subjectsOf(i)[0] ?? null;
  return null;
}

/** A colour word, also compounded ("wasserblauen" → blue, "dunkelbraune" → brown). */
function colourOf(g: Grammar, word: string): string | undefined {
  if (!word) return undefined;
  const direct = g.lex.colours[word];
  if (direct) return direct;
  for (const [form, colour] of Object.entries(g.lex.colours)) if (form.length >= 4 && word.length > form.length + 2 && word.endsWith(form)) return colour;
  return undefined;
}

/** "Konrad sitzt am Kamin, die dunkelbraunen Augen …": a feature phrase after a comma belongs to the sentence's subject. */
function absoluteOwner(g: Grammar, i: number): Ref | null {
  const [a] = g.clauseRange(i);
  if (a === g.sentenceRange(i)[0] || g.tokens[a - 1]?.text !== ',') return null;
  if (g.isWord(a, GENITIVE_RELATIVES)) return null;
  return g.subjectsOf(a - 2)[0] ?? null;
}

/** Side and body part within a few tokens of i: "auf der linken Wange", "over his right eye". */
function placeOnBody(g: Grammar, i: number, ahead = 7): { value: string; owner: Ref | null } | null {
  const [a, b] = g.sentenceRange(i);
  let side: string | undefined;
  // "rubs his face …, the scar on his right cheek": a part the mark is "on" after it wins over one named before.
  let from = Math.max(a, i - 9);
  for (let k = i + 1; k <= Math.min(b, i + ahead); k++) {
    if (!g.lex.bodyParts[g.tokens[k].lower]) continue;
    if ([k - 1, k - 2, k - 3].some((p) => p > i && g.isWord(p, g.set.prepositions))) from = i + 1;
    break;
  }
  for (let k = from; k <= Math.min(b, i + ahead); k++) {
    const t = g.tokens[k];
    if (t.kind !== 'word') continue;
    if (g.lex.sides[t.lower]) side = g.lex.sides[t.lower];
    let part = g.lex.bodyParts[t.lower];
    // "the back of his left hand": the part named after "of" is where it is.
    if (part && g.isWord(k + 1, g.set.ofWords)) {
      let n = k + 2;
      while (n <= Math.min(b, k + 5) && !g.lex.bodyParts[g.tokens[n].lower]) {
        if (g.lex.sides[g.tokens[n].lower]) side = g.lex.sides[g.tokens[n].lower];
        n++;
      }
      if (n <= Math.min(b, k + 5)) {
        part = g.lex.bodyParts[g.tokens[n].lower];
        k = n;
      }
    }
    if (part && k !== i) {
      const s = side ?? (g.lex.sides[g.tok(k - 1)?.lower ?? ''] as string | undefined);
      let owner: Ref | null = null;
      for (let p = k - 1; p >= Math.max(a, k - 3); p--) {
        const pt = g.tokens[p];
        if (pt.kind === 'word' && g.lex.possessives[pt.lower]) {
          owner = g.resolvePronoun(p, g.lex.possessives[pt.lower]);
          break;
        }
        // "down Ewan's right cheek", "auf Jonas' linker Wange": a genitive name owns the part.
        if (pt.kind === 'ent' && pt.possessive && pt.key) {
          owner = { key: pt.key, index: p };
          break;
        }
      }
      return { value: s ? `${s} ${part}` : part, owner };
    }
  }
  return null;
}

const ATTRIBUTIVE_BEFORE = new Set(['a', 'an', 'the', 'ein', 'eine', 'einen', 'einem', 'einer', 'der', 'die', 'das', 'den', 'dem']);

/** Is the word at k a side or a body part ("his broken left arm", "a broken arm")? */
function bodyWordAt(g: Grammar, k: number): boolean {
  const t = g.tok(k);
  return t?.kind === 'word' && (!!g.lex.sides[t.lower] || !!g.lex.bodyParts[t.lower]);
}

/** "wie dunkel seine Augen wirkten", "how dark her eyes were": a clause of degree tells the feature, it does not ask about it. */
function degreeClause(g: Grammar, i: number): boolean {
  const [a, b] = g.clauseRange(i);
  if (!g.isWord(a, DEGREE_OPENERS) || g.question(i)) return false;
  for (let k = a; k <= b; k++) if (g.isWord(k, g.set.hypotheticals)) return false;
  const next = g.tok(a + 1);
  return next?.kind === 'word' && !next.capital && !g.set.articles.has(next.lower) && !g.lex.possessives[next.lower] && !g.lex.pronouns[next.lower] && !g.set.hypotheticals.has(next.lower);
}
const DEGREE_OPENERS = new Set(['wie', 'how']);

/** Extract attribute:eyes / attribute:hair / attribute:scar / attribute:tattoo / attribute:injury facts. */
export function extractAttributes(g: Grammar, sink: FactSink): void {
  for (let i = 0; i < g.tokens.length; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word') continue;
    if (g.hypothetical(i) && !degreeClause(g, i)) continue;
    const feature = FEATURE_PLURALS.has(t.lower) ? g.lex.featureNouns[t.lower] : undefined;
    if (feature && (g.language === 'en' || t.capital)) {
      let colour = colourOf(g, g.tok(i - 1)?.lower ?? '');
      let from = i - 1;
      // "dyes her hair red", "färbt sich die Haare rot": a new colour the story narrates.
      const [ca, cb] = g.clauseRange(i);
      let dyed = false;
      for (let k = ca; k <= cb && !dyed; k++) if (g.isWord(k, DYE) || (g.tokens[k].kind === 'word' && !g.tokens[k].capital && DYE_STEM.test(g.tokens[k].lower))) dyed = true;
      if (!colour && dyed && feature === 'hair') {
        for (let k = i + 1; k <= Math.min(cb, i + 3) && !colour; k++) colour = colourOf(g, g.tokens[k].lower);
      }
      if (!colour) {
        // "Ihre Augen sind grün", "her eyes are green".
        let k = i + 1;
        if (g.isWord(k, g.set.copulas)) {
          k++;
          while (g.isWord(k, g.set.fillers)) k++;
          colour = colourOf(g, g.tok(k)?.lower ?? '');
        }
        from = i;
      }
      if (!colour) continue;
      const owner = ownerOf(g, from, Math.max(0, from - 3), sink) ?? absoluteOwner(g, i) ?? (dyed ? (g.subjectsOf(i)[0] ?? null) : null);
      const modality = g.negatedNear(i, 3) ? 'negated' : g.modalityAt(i);
      if (owner?.key) sink.add(owner.key, `attribute:${feature}`, colour, modality, i);
      if (owner?.key && dyed && feature === 'hair' && modality !== 'negated' && modality !== 'believed') sink.add(owner.key, 'event', 'hair-change', modality, i);
      continue;
    }
    const mark = g.lex.markNouns[t.lower];
    if (mark && (g.language === 'en' || t.capital)) {
      // "seine einzige Narbe", "his only scar", "he has one scar, the one above his right eye": no other one exists.
      const only = g.isWord(i - 1, ONLY) || (g.isWord(i - 1, ONE) && g.isWord(i - 2, HAVE_WITH));
      // "Orla's scar from the 1998 boatyard fire is over her left eyebrow": the place may come a few words on.
      const where = placeOnBody(g, i, only ? 14 : 10);
      if (!where) continue;
      const owner = ownerOf(g, i, Math.max(0, i - 3)) ?? where.owner ?? reflexiveOwner(g, i);
      const modality = g.negatedNear(i, 3) ? 'negated' : g.modalityAt(i);
      if (owner?.key) sink.add(owner.key, `attribute:${mark}`, where.value, modality, i);
      if (owner?.key && only && mark !== 'injury') sink.add(owner.key, `attribute:only-${mark}`, where.value, modality, i);
      continue;
    }
    // Glasses, a beard: "her reading glasses", "a man with a bushy ginger beard", "never in his life grew a moustache".
    const item = ITEMS[t.lower] ?? (t.lower.endsWith('brille') || t.lower.endsWith('bart') ? ITEMS[t.lower.endsWith('brille') ? 'brille' : 'bart'] : undefined);
    // English "glasses" are only spectacles when worn or owned ("her reading glasses", "wears glasses"), not glasses polished at a bar.
    const spectacles = t.lower !== 'glasses' || [1, 2].some((d) => { const w = g.tok(i - d)?.lower ?? ''; return !!g.lex.possessives[w] || WEAR.has(w); });
    if (item && spectacles && (g.language === 'en' || t.capital)) {
      const [a] = g.clauseRange(i);
      let never = false;
      for (let k = a; k < i; k++) if (g.isWord(k, NEVER_WORDS)) never = true;
      const owner = ownerOf(g, i, Math.max(0, i - 3)) ?? g.subjectsOf(i)[0];
      const modality = g.modalityAt(i);
      if (owner?.key && modality !== 'believed') sink.add(owner.key, 'attribute:has', item, never ? 'negated' : modality, i);
      continue;
    }
    // Handedness: "Linkshänder", "left-handed", "schreibt mit der linken Hand".
    const handed = HANDED[t.lower];
    if (handed) {
      const who = g.subjectsOf(i)[0];
      if (who?.key && g.modalityAt(i) !== 'believed') sink.add(who.key, 'attribute:handedness', handed, g.negatedNear(i, 3) ? 'negated' : g.modalityAt(i), i);
      continue;
    }
    if (HAND.has(t.lower) && (g.language === 'en' || t.capital)) {
      const side = g.lex.sides[g.tok(i - 1)?.lower ?? ''];
      const [a, b] = g.clauseRange(i);
      const [sa, sb] = g.sentenceRange(i);
      let writes = -1;
      for (let k = Math.max(sa, a - 12); k <= Math.min(sb, b + 4); k++) if (g.isWord(k, WRITING) && !g.tokens[k].capital) writes = k;
      if (side && writes >= 0) {
        const who = g.subjectsOf(writes)[0];
        if (who?.key) sink.add(who.key, 'attribute:handedness', `${side}-handed`, g.modalityAt(i), i);
      }
      continue;
    }
    // "blind in his left eye", "auf dem linken Auge blind": a lasting condition with a side.
    if (BLIND.has(t.lower) && !t.capital && !g.hypothetical(i)) {
      const where = placeOnBody(g, i);
      if (!where || !where.value.includes(' ') || !where.value.endsWith('eye')) continue;
      const owner = where.owner ?? g.subjectsOf(i)[0];
      const modality = g.negatedNear(i, 3) ? 'negated' : g.modalityAt(i);
      if (owner?.key) sink.add(owner.key, 'attribute:blind', where.value, modality, i);
      continue;
    }
    // "Der Arm ist verheilt", "the cast comes off", "his wrist has healed": an injury that is over.
    if (HEALED.has(t.lower) && !t.capital && !g.hypothetical(i) && !g.negatedNear(i, 3)) {
      const modality = g.modalityAt(i);
      let owner = placeOnBody(g, i)?.owner ?? null;
      // "Jens' Arm ist verheilt", "der Arm von Jens ist verheilt".
      const [ca] = g.clauseRange(i);
      for (let k = ca; k < i && !owner; k++) {
        const e = g.tokens[k];
        if (e.kind === 'ent' && e.key && (e.possessive || g.isWord(k - 1, g.set.ofWords))) owner = { key: e.key, index: k };
      }
      owner ??= g.subjectsOf(i)[0] ?? null;
      if (owner?.key && modality !== 'believed') sink.add(owner.key, 'event', 'injury-healed', modality, i);
      continue;
    }
    const verb = INJURY_VERBS.has(t.lower) && !t.capital;
    // "zieht das linke Bein nach": drags a leg.
    const drags = (t.lower === 'zieht' || t.lower === 'zog') && g.isWord(g.clauseRange(i)[1] - (g.tokens[g.clauseRange(i)[1]].kind === 'punct' ? 1 : 0), DRAG_PARTICLE);
    const state = (INJURY_STATES.has(t.lower) && !t.capital) || drags;
    if (verb || state) {
      // "a broken bottle", "eine verletzte Katze": the state word describes a thing, not a limb.
      if (state && !drags && g.isWord(i - 1, ATTRIBUTIVE_BEFORE) && !bodyWordAt(g, i + 1)) continue;
      const where = placeOnBody(g, i);
      if (!where || !where.value.includes(' ')) continue;
      const owner = (verb ? g.subjectsOf(i)[0] : null) ?? where.owner ?? ownerOf(g, i, Math.max(0, i - 3)) ?? g.subjectsOf(i)[0] ?? g.subjectsOf(g.sentenceRange(i)[0])[0];
      if (!owner?.key) continue;
      const modality = g.negatedNear(i, 3) ? 'negated' : g.modalityAt(i);
      // A limp or a stiff leg lasts; a fresh break or sprain is of its moment.
      const lasting = drags || LASTING.has(t.lower);
      sink.add(owner.key, lasting ? 'attribute:lame' : 'attribute:injury', where.value, modality, i);
      if (verb && modality !== 'negated') sink.add(owner.key, 'event', 'injury', modality, i);
    }
  }
}
