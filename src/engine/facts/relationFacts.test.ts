import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const rel = (list: Fact[], s: string, p: string, o: string): Fact['modality'] | undefined => list.find((f) => f.subject === s && f.predicate === p && f.object === o)?.modality;

describe('extractRelations: relative clauses', () => {
  it('reads a German verb-final relative clause after an apposition chain, and its negation', () => {
    const list = facts('de', 'Neu im Verein ist Mila Graf, einundzwanzig, Studentin der Geologie, die Oskars Enkelin ist. Falk, der nicht Oskars Sohn ist, lacht.', ['Mila Graf', 'Oskar', 'Falk']);
    expect(rel(list, 'Oskar', 'granddaughter', 'Mila Graf')).toBe('asserted');
    expect(rel(list, 'Oskar', 'son', 'Falk')).toBe('negated');
  });

  it('reads an English "who is" relative clause', () => {
    const list = facts('en', "Rory, who is Fenella's nephew, opens the door. Ewan, who is not Fenella's son, waits.", ['Rory', { key: 'Fenella', gender: 'female' }, 'Ewan']);
    expect(rel(list, 'Fenella', 'nephew', 'Rory')).toBe('asserted');
    expect(rel(list, 'Rory', 'aunt', 'Fenella')).toBe('asserted');
    expect(rel(list, 'Fenella', 'son', 'Ewan')).toBe('negated');
  });
});

describe('extractRelations: gender read from pronouns', () => {
  it('takes a name as female from "Sie" opening the next sentence, so the inverse relation is "sister"', () => {
    const list = facts('de', 'Kim Berger kommt spät. Sie sucht ihren Bruder Ole.', ['Kim Berger', 'Ole']);
    expect(rel(list, 'Kim Berger', 'brother', 'Ole')).toBe('asserted');
    expect(rel(list, 'Ole', 'sister', 'Kim Berger')).toBe('asserted');
  });

  it('takes a name as male from "and he" in the same sentence (English)', () => {
    const list = facts('en', 'Robin Hale parks the van and he calls his sister Tess.', ['Robin Hale', 'Tess']);
    expect(rel(list, 'Tess', 'brother', 'Robin Hale')).toBe('asserted');
  });

  it('takes a name as female from "her own" after it in its clause', () => {
    const list = facts('en', "Ximena Vold, 46, has her own worries. Ximena's brother Ivo calls.", [{ key: 'Ximena Vold', forms: ['Ximena'] }, 'Ivo']);
    expect(rel(list, 'Ivo', 'sister', 'Ximena Vold')).toBe('asserted');
  });

  it('does not count a name the text calls a village as a person whose gender is open', () => {
    const list = facts('en', 'Trevanna is a fishing village on the coast, and Cai Morva has lived there all his life. He lives with his aunt, Elowen Morva, above the shop.', ['Trevanna', 'Cai Morva', 'Elowen Morva']);
    expect(rel(list, 'Cai Morva', 'aunt', 'Elowen Morva')).toBe('asserted');
    expect(list.some((f) => f.subject === 'Trevanna' && f.predicate === 'aunt')).toBe(false);
  });

  it('takes no vote from a name that is not the subject ("She taught …, Cai included, and she …")', () => {
    const list = facts('en', "Wenna Hale teaches at the school. She taught half the village, Ardo Quell included, and she still corrects him. Ardo Quell's sister Jory laughs.", [{ key: 'Wenna Hale', gender: 'female' }, 'Ardo Quell', 'Jory']);
    expect(rel(list, 'Ardo Quell', 'sister', 'Jory')).toBe('asserted');
    expect(rel(list, 'Jory', 'sister', 'Ardo Quell')).toBeUndefined();
  });

  it('does not guess from plural "sie" or when two names of open gender share the sentence', () => {
    const plural = facts('de', 'Kim Berger und Ole Sand kommen spät. Sie suchen den Schlüssel. Kims Bruder Jan wartet.', [{ key: 'Kim Berger', forms: ['Kim'] }, 'Ole Sand', 'Jan']);
    expect(rel(plural, 'Jan', 'sibling', 'Kim Berger')).toBe('asserted');
    const two = facts('en', "Robin meets Sasha at the quay. She laughs. Robin's brother Tom waits.", ['Robin', 'Sasha', 'Tom']);
    expect(rel(two, 'Tom', 'sibling', 'Robin')).toBe('asserted');
  });
});

describe('extractRelations: comparisons and denials are not ties', () => {
  it('reads no relation from "like his father" or "wie Bens Vater", but keeps a plain apposition', () => {
    const en = facts('en', "Tom Hale, like Ben's father, is a fisherman. Ben's father, Ned, mends nets.", ['Tom Hale', 'Ben', 'Ned']);
    expect(rel(en, 'Ben', 'father', 'Tom Hale')).toBeUndefined();
    expect(rel(en, 'Ben', 'father', 'Ned')).toBe('asserted');
    const de = facts('de', 'Tom Hale, wie Bens Vater, fischt. Für Ben ist Tom Hale wie ein Vater.', ['Tom Hale', 'Ben']);
    expect(de.filter((f) => f.predicate === 'father' || f.predicate === 'son' || f.predicate === 'child')).toEqual([]);
  });

  it('reads a denied tie as negated, not as a fact', () => {
    const list = facts('de', 'Ruth Sand ist nicht Pauls Mutter.', ['Ruth Sand', 'Paul']);
    expect(rel(list, 'Paul', 'mother', 'Ruth Sand') ?? rel(list, 'Paul', 'parent', 'Ruth Sand')).toBe('negated');
  });
});

describe('possessives: a name known to have the pronoun gender wins', () => {
  it('resolves "his aunt" to the man named in the sentence before, not to an earlier name of open gender', () => {
    const list = facts('en', 'Polvenna is a village by the sea, and Idris Penhale has lived there all his life. He lives with his aunt, Kerensa Penhale, above the shop.', [
      'Polvenna',
      { key: 'Idris Penhale', gender: 'male' },
      'Kerensa Penhale',
    ]);
    expect(rel(list, 'Idris Penhale', 'aunt', 'Kerensa Penhale')).toBe('asserted');
    expect(list.some((f) => f.subject === 'Polvenna' && f.predicate === 'aunt')).toBe(false);
  });
});

describe('appositions with a description before the name', () => {
  it('reads "his wife, the retired ship designer Kerensa Vane," and keeps "ihr Cousin, der Sohn ihrer Tante Gerda" apart', () => {
    const en = facts('en', "Idris's wife, the retired ship designer Kerensa Vane, builds a model.", [{ key: 'Idris', gender: 'male' }, 'Kerensa Vane']);
    expect(rel(en, 'Idris', 'wife', 'Kerensa Vane')).toBe('asserted');
    const de = facts('de', 'Es ist Paul, ihr Cousin, der Sohn ihrer Tante Gerda.', [{ key: 'Stella', gender: 'female' }, 'Paul', 'Gerda']);
    expect(de.some((f) => f.predicate === 'cousin' && f.object === 'Gerda')).toBe(false);
  });
});

describe('unnamed relatives that name each other', () => {
  it('reads "Wenna … her nephew" and "Cai says his aunt …" close together as one tie', () => {
    const list = facts('en', 'Wenna, who has raised her nephew since he was a baby, is furious. Cai says that his aunt never asks what he wants.', [
      { key: 'Wenna', gender: 'female' },
      { key: 'Cai', gender: 'male' },
    ]);
    expect(rel(list, 'Wenna', 'nephew', 'Cai')).toBe('asserted');
    expect(rel(list, 'Cai', 'aunt', 'Wenna')).toBe('asserted');
  });

  it('pairs nothing when the genders do not fit, the kinds differ, or the phrases are far apart', () => {
    const gender = facts('de', 'Anna besucht ihre Mutter. Tom ruft seine Tochter an.', [{ key: 'Anna', gender: 'female' }, { key: 'Tom', gender: 'male' }]);
    expect(gender.some((f) => f.object === 'Tom' || f.object === 'Anna')).toBe(false);
    const kinds = facts('en', 'Wenna visits her sister. Cai calls his aunt.', [{ key: 'Wenna', gender: 'female' }, { key: 'Cai', gender: 'male' }]);
    expect(kinds.some((f) => f.object === 'Cai' || f.object === 'Wenna')).toBe(false);
    const far = facts('en', 'Wenna visits her nephew. It rains. The ferry is late. The shop is shut. Cai calls his aunt.', [{ key: 'Wenna', gender: 'female' }, { key: 'Cai', gender: 'male' }]);
    expect(far.some((f) => f.object === 'Cai' || f.object === 'Wenna')).toBe(false);
  });
});

describe('the relative spoken to by name', () => {
  it('reads „Jost“, sagt sie zu ihrem Bruder and "Ben," she tells her brother as naming the brother', () => {
    const de = facts('de', 'Wiebke Hansen räumt auf. „Jost“, sagt sie zu ihrem jüngeren Bruder, „du hast nie zugehört.“', [{ key: 'Wiebke Hansen', gender: 'female' }, 'Jost']);
    expect(rel(de, 'Wiebke Hansen', 'brother', 'Jost')).toBe('asserted');
    const en = facts('en', 'Ruth Adler sighs. "Ben, you never listen," she tells her brother.', [{ key: 'Ruth Adler', gender: 'female' }, 'Ben']);
    expect(rel(en, 'Ruth Adler', 'brother', 'Ben')).toBe('asserted');
  });

  it('names no one when the quotation does not open with a name or the speech is not to the relative', () => {
    const none = facts('de', 'Wiebke Hansen räumt auf. „Du hast nie zugehört, Jost“, sagt sie zu ihrem Bruder.', [{ key: 'Wiebke Hansen', gender: 'female' }, 'Jost']);
    expect(rel(none, 'Wiebke Hansen', 'brother', 'Jost')).toBeUndefined();
    const other = facts('en', 'Ruth Adler sighs. "Ben, sit down," she says, and calls her brother later.', [{ key: 'Ruth Adler', gender: 'female' }, 'Ben']);
    expect(rel(other, 'Ruth Adler', 'brother', 'Ben')).toBeUndefined();
  });
});

describe('a gender guessed from the name yields to the text', () => {
  it('lets "She … Her son Teo" mean a woman whose name the lexicon calls a man\'s', () => {
    const titled = facts('en', 'Mr Sol Varga, 46, has worries. The show is cut again. She argues with the owners. Her son Teo tells her to quit.', [{ key: 'Sol Varga', gender: 'male', forms: ['Mr Sol Varga'] }, 'Teo']);
    expect(rel(titled, 'Sol Varga', 'son', 'Teo')).toBeUndefined();
    const soft = facts('en', 'Sol, 46, has worries. The show is cut again. She argues with the owners. Her son Teo tells her to quit.', ['Sol', 'Teo']);
    expect(rel(soft, 'Sol', 'son', 'Teo')).toBe('asserted');
  });
});

describe('descriptions linked to names', () => {
  it('reads "Seine Tante ist Marta Roth", "Marta, his aunt, …" and a job told of a named mother', () => {
    const de = facts('de', 'Jonte Brink kommt aus Kiel. Seine Tante ist Marta Roth. Pauls Mutter Greta, eine pensionierte Lehrerin, kocht.', [{ key: 'Jonte Brink', gender: 'male' }, 'Marta Roth', { key: 'Paul', gender: 'male' }, 'Greta']);
    expect(rel(de, 'Jonte Brink', 'aunt', 'Marta Roth')).toBe('asserted');
    expect(rel(de, 'Paul', 'mother', 'Greta')).toBe('asserted');
    // "pensionierte": her job is a past one.
    expect(de.some((f) => f.subject === 'Greta' && f.predicate === 'former-role' && f.object === 'Lehrerin')).toBe(true);
    const en = facts('en', 'Jonte waits on the step. Marta Roth, his aunt, opens the door.', ['Marta Roth', { key: 'Jonte', gender: 'male' }]);
    expect(rel(en, 'Jonte', 'aunt', 'Marta Roth')).toBe('asserted');
  });

  it('gives the job of an unnamed relative to nobody ("Pauls Mutter, eine pensionierte Lehrerin")', () => {
    const de = facts('de', 'Pauls Mutter, eine pensionierte Lehrerin, kocht für alle.', [{ key: 'Paul', gender: 'male' }]);
    expect(de.some((f) => f.predicate === 'role' || f.predicate === 'former-role')).toBe(false);
  });

  it('gives the job of a relative the episode named before to that person ("Pauls Mutter Greta … Pauls Mutter, eine Lehrerin")', () => {
    const de = facts('de', 'Pauls Mutter Greta kommt zu Besuch. Später kocht Pauls Mutter, eine pensionierte Lehrerin, für alle.', [{ key: 'Paul', gender: 'male' }, 'Greta']);
    // "pensionierte": her job is a past one.
    expect(de.some((f) => f.subject === 'Greta' && f.predicate === 'former-role' && f.object === 'Lehrerin')).toBe(true);
    expect(de.some((f) => f.subject === 'Paul' && (f.predicate === 'role' || f.predicate === 'former-role'))).toBe(false);
  });
});
