// Modality of facts: beliefs by everyone or by one character, hearsay, reveals, and the month May that is no modal verb.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const vital = (list: Fact[], subject: string): string[] => list.filter((f) => f.subject === subject && f.predicate === 'vital' && f.object !== 'acting').map((f) => `${f.object}:${f.modality}`);

describe('modality: beliefs and hearsay', () => {
  it('takes a death told "according to" someone, or tagged "or so the town believes", as a belief', () => {
    const list = facts('en', 'According to the harbour master, Wren Tasker drowned off the point. Piet Varga died in the blaze, or so the whole valley believes.', ['Wren Tasker', 'Piet Varga']);
    expect(vital(list, 'Wren Tasker')).toEqual(['dead:believed']);
    expect(vital(list, 'Piet Varga')).toEqual(['dead:believed']);
  });

  it('takes a German death "laut der Zeitung" or in Konjunktiv after "heißt es" as a belief', () => {
    const list = facts('de', 'Laut der Lokalzeitung kam Ottilie Brandhuber bei dem Unglück ums Leben. Im Dorf heißt es, Jörg Stemmler sei im Moor umgekommen.', ['Ottilie Brandhuber', 'Jörg Stemmler']);
    expect(vital(list, 'Ottilie Brandhuber')).toEqual(['dead:believed']);
    expect(vital(list, 'Jörg Stemmler')).toEqual(['dead:believed']);
  });

  it('still asserts a death the narration tells plainly', () => {
    expect(vital(facts('en', 'Wren Tasker drowned off the point in the storm.', ['Wren Tasker']), 'Wren Tasker')).toEqual(['dead:asserted']);
    expect(vital(facts('de', 'Jörg Stemmler ist im Moor umgekommen.', ['Jörg Stemmler']), 'Jörg Stemmler')).toEqual(['dead:asserted']);
  });
});

describe('modality: recognising someone believed dead', () => {
  it('reads "It is X, <apposition>, whom everyone thought dead" as the reveal that X lives', () => {
    const list = facts('en', 'It is Odile Marchetti, the old lighthouse keeper, whom the whole island thought dead.', [{ key: 'Odile Marchetti', gender: 'female' }]);
    expect(vital(list, 'Odile Marchetti')).toEqual(['dead:believed', 'alive:revealed']);
  });

  it('reads the German recognition after a sentence that only believes a death, with no body found', () => {
    const list = facts('de', 'Vor der Scheune steht Anselm Kürten, den alle für tot hielten. Es ist Hedwig Sauer, die Wirtin vom Kreuz, die alle für tot gehalten hatten.', [
      { key: 'Anselm Kürten', gender: 'male' },
      { key: 'Hedwig Sauer', gender: 'female' },
    ]);
    expect(vital(list, 'Anselm Kürten')).toEqual(['dead:believed']);
    expect(vital(list, 'Hedwig Sauer')).toEqual(['dead:believed', 'alive:revealed']);
  });

  it('reads "The woman is X, whom everyone had mourned as dead" as a reveal too', () => {
    const list = facts('en', 'The woman at the stage door is Odile Marchetti. The woman is Odile Marchetti, whom the village had mourned as dead for years.', [{ key: 'Odile Marchetti', gender: 'female' }]);
    expect(vital(list, 'Odile Marchetti')).toEqual(['dead:believed', 'alive:revealed']);
  });

  it('still identifies the dead after a body is found', () => {
    const list = facts('en', 'The fishermen pull a body from the harbour. It is Bram Oakes.', ['Bram Oakes']);
    expect(vital(list, 'Bram Oakes')).toEqual(['dead:asserted']);
  });
});

describe('modality: May the month', () => {
  it('keeps facts in a clause that names May the month ("In May", "since May 3rd", "early May")', () => {
    const list = facts('en', 'In May, Cal Dorsey marries Ines Palk. Cal Dorsey turned 41 on May 3rd. Early May Ines Palk moves to Dunmore.', [
      { key: 'Cal Dorsey', gender: 'male' },
      { key: 'Ines Palk', gender: 'female' },
      { key: 'Dunmore', kind: 'place' },
    ]);
    expect(list.some((f) => f.subject === 'Cal Dorsey' && f.predicate === 'event' && f.object === 'wedding')).toBe(true);
    expect(list.some((f) => f.subject === 'Cal Dorsey' && f.predicate === 'age' && f.object === '41')).toBe(true);
    expect(list.some((f) => f.subject === 'Ines Palk' && f.predicate === 'moves-to' && f.object === 'Dunmore')).toBe(true);
  });

  it('still treats the modal "may" and other hedges as no fact', () => {
    const list = facts('en', 'Cal Dorsey may have drowned. Perhaps Ines Palk died in the war.', ['Cal Dorsey', 'Ines Palk']);
    expect(list.filter((f) => f.predicate === 'vital' && f.object === 'dead')).toEqual([]);
    const de = facts('de', 'Vielleicht ist Jörg Stemmler ertrunken. Jörg Stemmler soll im Krieg gestorben sein.', ['Jörg Stemmler']);
    expect(de.filter((f) => f.predicate === 'vital' && f.object === 'dead' && f.modality === 'asserted')).toEqual([]);
  });
});

describe('vital precision: who acts after a death', () => {
  it('does not make a name after "the funeral" the dead ("A month after the funeral Bo moves")', () => {
    const list = facts('en', 'A month after the funeral Bo Lindqvist moves to the coast.', ['Bo Lindqvist']);
    expect(vital(list, 'Bo Lindqvist')).toEqual([]);
    const de = facts('de', 'Nach der Beerdigung Hinrich Ohlsens zieht Bo Lindqvist an die Küste.', ['Bo Lindqvist', 'Hinrich Ohlsen']);
    expect(vital(de, 'Hinrich Ohlsen')).toEqual(['dead:asserted']);
    expect(vital(de, 'Bo Lindqvist')).toEqual([]);
  });

  it('does not let a pronoun after a death bring the dead back on screen; a name does', () => {
    const text = 'Ansel Tripp collapses in the lane. He dies that night. He is buried on Friday. He sorts the maps and drops them. Ansel Tripp brings the post.';
    const acting = facts('en', text, [{ key: 'Ansel Tripp', gender: 'male' }]).filter((f) => f.predicate === 'vital' && f.object === 'acting').map((f) => f.quote);
    expect(acting).toEqual(['Ansel Tripp collapses in the lane.', 'Ansel Tripp brings the post.']);
  });
});

describe('modality: questions', () => {
  it('takes no fact from a question ("War sie tot?", "Is Bram dead?") but keeps the answer', () => {
    expect(vital(facts('de', 'Trine Hollmann liegt still. War Trine Hollmann tot? Trine Hollmann ist tot.', ['Trine Hollmann']), 'Trine Hollmann')).toEqual(['dead:asserted']);
    expect(vital(facts('en', 'Is Bram Oakes dead? Nobody knows.', ['Bram Oakes']), 'Bram Oakes')).toEqual([]);
  });
});

describe('vital precision: flashbacks and dreams', () => {
  const acting = (list: Fact[], who: string) => list.filter((f) => f.subject === who && f.predicate === 'vital' && f.object === 'acting').map((f) => f.quote);

  it('keeps a whole paragraph that opens as a flashback off screen, and the next paragraph on screen again', () => {
    const de = facts('de', 'Hauke Thießen stirbt im Sturm.\n\nRückblende: der Hafen vor dreißig Jahren. Hauke Thießen repariert sein Boot. Er pfeift dabei.\n\nHauke Thießen flickt die Netze.', [{ key: 'Hauke Thießen', gender: 'male' }]);
    expect(acting(de, 'Hauke Thießen')).toEqual(['Hauke Thießen flickt die Netze.']);
    const en = facts('en', 'Len Oakes dies in the storm.\n\nIn a flashback, the harbour thirty years ago. Len Oakes mends his boat.\n\nLen Oakes mends the nets.', [{ key: 'Len Oakes', gender: 'male' }]);
    expect(acting(en, 'Len Oakes')).toEqual(['Len Oakes mends the nets.']);
  });

  it('does not treat an ordinary paragraph as a flashback', () => {
    const en = facts('en', 'Len Oakes mends his boat.\n\nLen Oakes mends the nets.', [{ key: 'Len Oakes', gender: 'male' }]);
    expect(acting(en, 'Len Oakes')).toHaveLength(2);
  });
});

describe('vital: a burial presupposes the death', () => {
  it('reads "will speak at his funeral" / "will bei Sepps Beerdigung sprechen" as a death, not a wish', () => {
    expect(vital(facts('en', 'Ada Quayle thinks of Bram Oakes and decides she will speak at his funeral.', [{ key: 'Ada Quayle', gender: 'female' }, { key: 'Bram Oakes', gender: 'male' }]), 'Bram Oakes')).toEqual(['dead:asserted']);
    expect(vital(facts('de', 'Ada Quayle will bei Sepp Moosers Beerdigung sprechen.', [{ key: 'Ada Quayle', gender: 'female' }, { key: 'Sepp Mooser', gender: 'male' }]), 'Sepp Mooser')).toEqual(['dead:asserted']);
  });

  it('does not read a feared death, one\'s own funeral plans or "take it to his grave" as a death', () => {
    const list = facts('en', 'Ada Quayle fears the death of Bram Oakes. Bram Oakes plans his own funeral. Bram Oakes would take the secret to his grave.', [{ key: 'Ada Quayle', gender: 'female' }, { key: 'Bram Oakes', gender: 'male' }]);
    expect(vital(list, 'Bram Oakes')).toEqual([]);
  });
});

describe('vital: laid out in state', () => {
  it('reads "wird in der Kapelle aufgebahrt" / "lies in state" as a death', () => {
    expect(vital(facts('de', 'Quirin Lanz wird in der Kapelle aufgebahrt.', ['Quirin Lanz']), 'Quirin Lanz')).toEqual(['dead:asserted']);
    expect(vital(facts('en', 'Lord Amery lies in state in the hall.', ['Lord Amery']), 'Lord Amery')).toEqual(['dead:asserted']);
  });
});

describe('vital: nobody in particular', () => {
  it('does not give "bevor jemand gestorben ist" / "before anyone dies" to the sentence\'s subject', () => {
    expect(vital(facts('de', 'Er hat einen Notar bestellt, der das Testament verlesen soll, noch bevor jemand gestorben ist. Quirin Lanz lacht.', [{ key: 'Quirin Lanz', gender: 'male' }]), 'Quirin Lanz')).toEqual([]);
    expect(vital(facts('en', 'Quirin Lanz reads the will aloud before anyone has died.', [{ key: 'Quirin Lanz', gender: 'male' }]), 'Quirin Lanz')).toEqual([]);
  });
});

describe('modality: beliefs of a named character and reveals', () => {
  it('reads "Lena glaubt, dass …", "erzählt …, X sei ertrunken" as beliefs and "erfährt, dass … lebt", "In Wahrheit …" as reveals', () => {
    const list = facts('de', 'Wiebke Sand glaubt, dass Arne Falk tot ist. Ilse Korn erzählt Wiebke Sand, Arne Falk sei ertrunken. Später erfährt Wiebke Sand, dass Arne Falk lebt. In Wahrheit ist Arne Falk am Leben.', ['Wiebke Sand', 'Arne Falk', 'Ilse Korn']);
    expect(vital(list, 'Arne Falk')).toEqual(['dead:believed', 'dead:believed', 'alive:revealed', 'alive:revealed']);
  });

  it('reads "believes that …", "tells her that … drowned" as beliefs and "It turns out …", "In fact, …" as reveals', () => {
    const list = facts('en', 'Wiebke Sand believes that Arne Falk is dead. Ilse Korn tells Wiebke Sand that Arne Falk drowned. It turns out that Arne Falk is alive. In fact, Arne Falk survived the storm.', ['Wiebke Sand', 'Arne Falk', 'Ilse Korn']);
    expect(vital(list, 'Arne Falk')).toEqual(['dead:believed', 'dead:believed', 'alive:revealed', 'alive:revealed']);
  });
});
