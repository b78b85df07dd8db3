// Sentence templates of the generated synopses (hospital, police, family), in German and English: filler and planted facts.
import type { Language } from '../src/engine/types';
import type { Rng } from './rng';
import type { CastMember, Domain, Gender, RoleWord, Vocabulary } from './seriesVocabulary';

/** A character of a planted story arc. */
export interface Person {
  first: string;
  last: string;
  gender: Gender;
  role: RoleWord;
  age: number;
}

/** What a filler template can use: two main-cast members as the text names them, the vocabulary, the dice. */
export interface FillerContext {
  a: CastMember;
  b: CastMember;
  /** How this sentence names a / b (first name, short form or full name). */
  A: string;
  B: string;
  v: Vocabulary;
  r: Rng;
}

export type FillerTemplate = (c: FillerContext) => string;

/** Ranks of a job before and after a promotion. */
export interface Ladder {
  from: RoleWord;
  to: RoleWord;
}

export interface Sentences {
  heading(n: number, title: string): string;
  filler: Record<Exclude<Domain, 'town'> | 'any' | 'none', FillerTemplate[]>;
  /** Pairs of given names a brother and sister might carry (male, female): similar but two people. */
  twinNames: [string, string][];
  ladders: Ladder[];
  intro(p: Person, r: Rng): string;
  /** A sentence in which the named person acts, stating no fact about them. */
  act(ref: string, p: Person, cast: CastMember, v: Vocabulary, r: Rng): string;
  death(p: Person, r: Rng): string;
  alive(p: Person, cast: CastMember, v: Vocabulary, r: Rng): string;
  parent(parent: Person, child: Person): string;
  sibling(sibling: Person, child: Person): string;
  worksAs(p: Person, role: RoleWord): string;
  isRole(p: Person, role: RoleWord): string;
  age(p: Person, age: number, r: Rng): string;
  livesIn(p: Person, city: string): string;
  livesInStill(p: Person, city: string): string;
  eyes(p: Person, colour: string): string;
  hair(p: Person, colour: string): string;
  scar(p: Person, side: 'left' | 'right', part: string): string;
  knowLong(x: Person, y: Person): string;
  meetFirst(x: Person, y: Person, r: Rng): string;
  belief(child: Person, parent: Person): string;
  reveal(child: Person, parent: Person): string;
  returns(parent: Person): string;
  promoted(p: Person, to: RoleWord): string;
  promotedIs(p: Person, to: RoleWord): string;
  moves(p: Person, city: string): string;
  movedLives(p: Person, city: string): string;
  girlfriend(x: Person, y: Person): string;
  wedding(x: Person, y: Person): string;
  spouse(x: Person, y: Person): string;
  yearLater(p: Person, age: number): string;
  twins(brother: Person, sister: Person, v: Vocabulary, r: Rng): string;
  twinsAgain(brother: Person, sister: Person): string;
}

const full = (p: { first: string; last: string }): string => `${p.first} ${p.last}`;
const roleOf = (role: RoleWord, g: Gender): string => role[g];

// ---------------------------------------------------------------- German

const er = (g: Gender): string => (g === 'f' ? 'sie' : 'er');
const ihm = (g: Gender): string => (g === 'f' ? 'ihr' : 'ihm');
const sein = (g: Gender): string => (g === 'f' ? 'ihr' : 'sein');

const deFiller: Sentences['filler'] = {
  hospital: [
    ({ v, r, A }) => `${r.pick(v.times)} kommt ${r.pick(v.patients)} mit ${r.pick(v.ailments)} in die Notaufnahme. ${A} übernimmt und ordnet sofort ein CT an.`,
    ({ v, r, A, B, b }) => `${A} und ${B} streiten ${r.pick(v.places)} über ${r.pick(v.errands)}, bis ${er(b.gender)} wortlos geht.`,
    ({ v, r, A }) => `${A} sitzt ${r.pick(v.places)} und liest zum dritten Mal denselben Laborbefund.`,
    ({ A, B }) => `${A} bringt ${B} einen Kaffee und fragt, wie die Nacht war.`,
    ({ A }) => `Die Untersuchung ist schwierig, doch ${A} bleibt ruhig und erklärt jeden Schritt.`,
    ({ v, r, A, a }) => `${A} wirkt ${r.pick(v.moods)}, als ${er(a.gender)} aus dem OP kommt.`,
    ({ v, r, A, B }) => `${A} muss ${r.pick(v.errands)} bis zum Abend erledigen und bittet ${B} um Hilfe.`,
    ({ v, r, A }) => `${r.pick(v.times)} klagt ${r.pick(v.patients)} über Schwindel, und ${A} entdeckt eine Unregelmäßigkeit im EKG.`,
    ({ A }) => `${A} erklärt einer besorgten Angehörigen geduldig, warum die Operation verschoben werden muss.`,
    ({ v, r, A, B }) => `${B} beobachtet, wie ${A} ${r.pick(v.places)} heimlich eine Zigarette raucht.`,
    ({ A, B }) => `Nach der Visite bespricht ${A} mit ${B} die schwierigsten Fälle der Woche.`,
    ({ A }) => `${A} hat Zweifel an der Diagnose und lässt das Blutbild noch einmal bestimmen.`,
    ({ v, r, A }) => `${r.pick(v.times)} ist die Notaufnahme überfüllt, und ${A} arbeitet ohne Pause.`,
    ({ v, r, A }) => `${A} ist ${r.pick(v.moods)} und sagt in der Teambesprechung kaum ein Wort.`,
    ({ A, B }) => `Die neue Software für die Patientenakten stürzt ständig ab, und ${A} flucht so laut, dass ${B} lachen muss.`,
    ({ v, r, A }) => `Ein Notruf kündigt ${r.pick(v.patients)} mit ${r.pick(v.ailments)} an, und ${A} lässt den Schockraum vorbereiten.`,
  ],
  police: [
    ({ v, r, A }) => `${A} ermittelt wegen ${r.pick(v.cases)} und befragt die Nachbarn.`,
    ({ v, r, A }) => `${r.pick(v.times)} findet ${A} am Tatort eine Spur, mit der niemand gerechnet hat.`,
    ({ v, r, A, B }) => `${A} und ${B} sitzen bis spät in die Nacht über den Akten zu ${r.pick(v.cases)}.`,
    ({ A }) => `${A} fährt ins Klinikum, um eine Zeugin zu befragen, die noch unter Schock steht.`,
    ({ v, r, A }) => `Bei den Ermittlungen zu ${r.pick(v.cases)} stößt ${A} auf eine verlassene Gärtnerei am Stadtrand.`,
    ({ v, r, A }) => `${A} ist ${r.pick(v.moods)}, weil die Staatsanwaltschaft die Akte schließen will.`,
    ({ v, r, A }) => `${r.pick(v.times)} verhört ${A} einen Verdächtigen, der sich in Widersprüche verstrickt.`,
    ({ A, B }) => `${B} hält die Theorie von ${A} für zu gewagt, hilft aber trotzdem bei der Observation.`,
  ],
  family: [
    ({ A, B }) => `Beim Frühstück streiten ${A} und ${B} darüber, wer den Einkauf erledigt.`,
    ({ v, r, A }) => `${A} ist seit sechs Uhr auf den Beinen und ${r.pick(v.moods)}.`,
    ({ A, B }) => `Am Küchentisch planen ${A} und ${B} das Sommerfest der Nachbarschaft.`,
    ({ A, B }) => `${A} verschweigt ${B}, dass die Bank einen Brief geschickt hat.`,
    ({ v, r, A }) => `${r.pick(v.times)} sitzt ${A} im Garten und denkt über den Sommerurlaub nach.`,
    ({ A, B }) => `${A} will am Wochenende an den See fahren, aber ${B} hat andere Pläne.`,
    ({ A }) => `${A} backt einen Kuchen für das Schulfest und verbrennt sich dabei die Finger.`,
    ({ A, B }) => `Nach dem Abendessen spielen ${A} und ${B} Karten, bis der Strom ausfällt.`,
  ],
  any: [
    ({ v, r, A, B }) => `${A} begegnet ${B} ${r.pick(v.places)}, und die beiden reden kurz über das Wetter.`,
    ({ A, B }) => `${A} und ${B} essen zusammen zu Mittag und lachen viel.`,
    ({ A, a }) => `${A} hört zufällig ein Gespräch zwischen zwei Fremden, das ${ihm(a.gender)} nicht mehr aus dem Kopf geht.`,
    ({ A }) => `In der Stadt wird über die Schließung des Hallenbads gestritten, und ${A} sammelt Unterschriften.`,
    ({ A, B }) => `${A} schreibt ${B} eine lange Nachricht und löscht sie wieder.`,
    ({ v, r, A, a }) => `${A} ist ${r.pick(v.moods)}, obwohl ${er(a.gender)} seit Tagen schlecht schläft.`,
  ],
  none: [
    () => 'Draußen regnet es seit Tagen, und die Stimmung im ganzen Haus ist gedrückt.',
    () => 'Das Klinikum bereitet sich auf den Besuch der Gesundheitsministerin vor, und überall wird geputzt.',
    () => 'Auf dem Marktplatz bauen die Händler ihre Stände für das Weinfest auf.',
    () => 'Ein Gewitter legt am Abend die halbe Stadt lahm, und die Notaufnahme läuft mit dem Notstrom.',
    () => 'Im Radio wird vor Glatteis gewarnt, doch kaum jemand nimmt die Warnung ernst.',
    () => 'Die Kantine serviert zum dritten Mal in dieser Woche Linsensuppe, und die Beschwerden häufen sich.',
  ],
};

export const deSentences: Sentences = {
  heading: (n, title) => `# Folge ${n}: ${title}`,
  filler: deFiller,
  twinNames: [
    ['Daniel', 'Daniela'], ['Christian', 'Christiane'], ['Michael', 'Michaela'], ['Robert', 'Roberta'], ['Karl', 'Karla'],
    ['Andreas', 'Andrea'], ['Alexander', 'Alexandra'], ['Gabriel', 'Gabriele'], ['Emil', 'Emilia'], ['Leon', 'Leonie'],
    ['Julian', 'Juliane'], ['Adrian', 'Adriana'],
  ],
  ladders: [
    { from: { f: 'Assistenzärztin', m: 'Assistenzarzt', family: 'doctor' }, to: { f: 'Oberärztin', m: 'Oberarzt', family: 'doctor' } },
    { from: { f: 'Polizistin', m: 'Polizist', family: 'police' }, to: { f: 'Kommissarin', m: 'Kommissar', family: 'police' } },
    { from: { f: 'Krankenschwester', m: 'Krankenpfleger', family: 'nurse' }, to: { f: 'Stationsleiterin', m: 'Stationsleiter', family: 'nurse' } },
  ],
  intro: (p, r) =>
    r.pick([
      () => `${full(p)} arbeitet seit ein paar Wochen als ${roleOf(p.role, p.gender)} in Bad Wiesental.`,
      () => `${full(p)} ist neu in Bad Wiesental und arbeitet als ${roleOf(p.role, p.gender)}.`,
      () => `Seit dieser Woche arbeitet ${full(p)} als ${roleOf(p.role, p.gender)} in der Stadt.`,
    ])(),
  act: (ref, p, cast, v, r) =>
    r.pick([
      () => `${ref} bittet ${cast.first} um einen Rat.`,
      () => `${ref} wartet ${r.pick(v.places)} auf ${cast.first}.`,
      () => `${ref} wirkt heute ${r.pick(v.moods)}.`,
      () => `${ref} erledigt ${r.pick(v.errands)} und ist danach ${r.pick(v.moods)}.`,
      () => `${ref} redet ${r.pick(v.places)} lange mit ${cast.first}.`,
      () => `${ref} lädt ${cast.first} zum Essen ein, doch ${er(cast.gender)} hat keine Zeit.`,
      () => `${ref} bringt ${cast.first} einen Strauß Blumen vorbei.`,
      () => `${ref} ist ${r.pick(v.moods)}, weil ${er(p.gender)} auf einen wichtigen Anruf wartet.`,
    ])(),
  death: (p, r) =>
    r.pick([
      () => `${full(p)} stirbt noch am Unfallort.`,
      () => `${full(p)} stirbt in der Nacht nach einer Notoperation.`,
      () => `${full(p)} stirbt nach einem Sturz von der Leiter.`,
    ])(),
  alive: (p, cast, v, r) =>
    r.pick([
      () => `${full(p)} sitzt ${r.pick(v.places)} und liest Zeitung.`,
      () => `${full(p)} kommt gut gelaunt zur Nachuntersuchung.`,
      () => `${full(p)} hilft ${cast.first} beim Tragen der Kisten.`,
    ])(),
  parent: (par, child) => `${full(par)} ist ${par.gender === 'f' ? 'die Mutter' : 'der Vater'} von ${full(child)}.`,
  sibling: (sib, child) => `${full(sib)} ist ${sib.gender === 'f' ? 'die Schwester' : 'der Bruder'} von ${full(child)}.`,
  worksAs: (p, role) => `${full(p)} arbeitet als ${roleOf(role, p.gender)} in Bad Wiesental.`,
  isRole: (p, role) => `${full(p)} ist ${roleOf(role, p.gender)} und hat heute frei.`,
  age: (p, age, r) =>
    r.chance(0.5) ? `${full(p)} ist ${age} Jahre alt.` : `${p.gender === 'f' ? 'Die' : 'Der'} ${age}-jährige ${full(p)} hat heute Geburtstag.`,
  livesIn: (p, city) => `${full(p)} wohnt in ${city}.`,
  livesInStill: (p, city) => `${full(p)} wohnt in ${city} und fährt jeden Morgen mit dem Zug zur Arbeit.`,
  eyes: (p, colour) => `${full(p)} hat ${colour} Augen.`,
  hair: (p, colour) => `${full(p)} hat ${colour} Haare.`,
  scar: (p, side, part) => `${full(p)} hat eine Narbe auf der ${side === 'left' ? 'linken' : 'rechten'} ${part}.`,
  knowLong: (x, y) => `${full(x)} und ${full(y)} kennen sich schon seit der Schulzeit.`,
  meetFirst: (x, y, r) => (r.chance(0.5) ? `${full(x)} trifft ${full(y)} zum ersten Mal.` : `${full(x)} lernt ${full(y)} kennen.`),
  belief: (child, par) =>
    `${full(child)} glaubt, ${sein(child.gender)}${par.gender === 'f' ? 'e Mutter' : ' Vater'} ${full(par)} sei seit Jahren tot.`,
  reveal: (child, par) =>
    `${child.first} erfährt, dass ${sein(child.gender)}${par.gender === 'f' ? 'e Mutter' : ' Vater'} ${full(par)} noch lebt.`,
  returns: (par) => `${full(par)} steht plötzlich vor der Tür.`,
  promoted: (p, to) => `${full(p)} wird ${p.gender === 'f' ? 'zur' : 'zum'} ${roleOf(to, p.gender)} befördert.`,
  promotedIs: (p, to) => `${full(p)} ist inzwischen ${roleOf(to, p.gender)}.`,
  moves: (p, city) => `${full(p)} zieht nach ${city}.`,
  movedLives: (p, city) => `${full(p)} wohnt inzwischen in ${city}.`,
  girlfriend: (x, y) => `${full(x)} ist die Freundin von ${full(y)}.`,
  wedding: (x, y) => `${x.first} und ${y.first} heiraten im Rathaus von Bad Wiesental.`,
  spouse: (x, y) => `${full(x)} ist die Ehefrau von ${full(y)}.`,
  yearLater: (p, age) => `Ein Jahr später feiert ${full(p)} Geburtstag und ist nun ${age} Jahre alt.`,
  twins: (bro, sis, v, r) => `${full(bro)} und seine Zwillingsschwester ${full(sis)} sitzen zusammen ${r.pick(v.places)}.`,
  twinsAgain: (bro, sis) => `${full(sis)} bittet ihren Bruder ${full(bro)} um Hilfe beim Streichen der Küche.`,
};

// ---------------------------------------------------------------- English

const he = (g: Gender): string => (g === 'f' ? 'she' : 'he');
const his = (g: Gender): string => (g === 'f' ? 'her' : 'his');
const him = (g: Gender): string => (g === 'f' ? 'her' : 'him');
const aOr = (word: string): string => (/^[aeiou]/iu.test(word) ? `an ${word}` : `a ${word}`);

const enFiller: Sentences['filler'] = {
  hospital: [
    ({ v, r, A }) => `${r.pick(v.times)}, ${r.pick(v.patients)} comes into A&E with ${r.pick(v.ailments)}. ${A} takes over and orders a scan at once.`,
    ({ v, r, A, B, b }) => `${A} and ${B} argue ${r.pick(v.places)} about ${r.pick(v.errands)} until ${he(b.gender)} walks off without a word.`,
    ({ v, r, A }) => `${A} sits ${r.pick(v.places)} and reads the same lab report for the third time.`,
    ({ A, B }) => `${A} brings ${B} a coffee and asks how the night went.`,
    ({ A }) => `The examination is difficult, but ${A} stays calm and explains every step.`,
    ({ v, r, A, a }) => `${A} looks ${r.pick(v.moods)} as ${he(a.gender)} comes out of theatre.`,
    ({ v, r, A, B }) => `${A} has to finish ${r.pick(v.errands)} by the evening and asks ${B} for help.`,
    ({ v, r, A }) => `${r.pick(v.times)}, ${r.pick(v.patients)} complains of dizziness, and ${A} spots an irregularity on the ECG.`,
    ({ A }) => `${A} patiently explains to a worried relative why the operation has to be postponed.`,
    ({ v, r, A, B }) => `${B} watches ${A} secretly smoking a cigarette ${r.pick(v.places)}.`,
    ({ A, B }) => `After the ward round, ${A} goes through the hardest cases of the week with ${B}.`,
    ({ A }) => `${A} has doubts about the diagnosis and has the blood count repeated.`,
    ({ v, r, A }) => `${r.pick(v.times)}, A&E is overflowing and ${A} works without a break.`,
    ({ v, r, A }) => `${A} is ${r.pick(v.moods)} and hardly says a word at the team meeting.`,
    ({ A, B }) => `The new records software keeps crashing, and ${A} swears so loudly that ${B} has to laugh.`,
    ({ v, r, A }) => `An ambulance call announces ${r.pick(v.patients)} with ${r.pick(v.ailments)}, and ${A} gets the resus bay ready.`,
  ],
  police: [
    ({ v, r, A }) => `${A} is investigating ${r.pick(v.cases)} and questions the neighbours.`,
    ({ v, r, A }) => `${r.pick(v.times)}, ${A} finds a clue at the scene that nobody expected.`,
    ({ v, r, A, B }) => `${A} and ${B} sit over the files on ${r.pick(v.cases)} until late at night.`,
    ({ A }) => `${A} drives to the hospital to question a witness who is still in shock.`,
    ({ v, r, A }) => `Looking into ${r.pick(v.cases)}, ${A} comes across an abandoned garden centre on the edge of town.`,
    ({ v, r, A }) => `${A} is ${r.pick(v.moods)} because the prosecutors want to close the file.`,
    ({ v, r, A }) => `${r.pick(v.times)}, ${A} interviews a suspect who keeps contradicting himself.`,
    ({ A, B }) => `${B} thinks the theory of ${A} is too far-fetched but helps with the surveillance anyway.`,
  ],
  family: [
    ({ A, B }) => `At breakfast ${A} and ${B} argue about whose turn it is to do the shopping.`,
    ({ v, r, A }) => `${A} has been up since six and is ${r.pick(v.moods)}.`,
    ({ A, B }) => `At the kitchen table ${A} and ${B} plan the street party.`,
    ({ A, B }) => `${A} keeps quiet to ${B} about the letter from the bank.`,
    ({ v, r, A }) => `${r.pick(v.times)}, ${A} sits in the garden thinking about the summer holidays.`,
    ({ A, B }) => `${A} wants to drive to the coast at the weekend, but ${B} has other plans.`,
    ({ A }) => `${A} bakes a cake for the school fair and burns a finger doing it.`,
    ({ A, B }) => `After dinner ${A} and ${B} play cards until the power goes out.`,
  ],
  any: [
    ({ v, r, A, B }) => `${A} runs into ${B} ${r.pick(v.places)}, and the two chat briefly about the weather.`,
    ({ A, B }) => `${A} and ${B} have lunch together and laugh a lot.`,
    ({ A, a }) => `${A} overhears a conversation between two strangers that ${he(a.gender)} cannot get out of ${his(a.gender)} head.`,
    ({ A }) => `The town is arguing about closing the swimming baths, and ${A} collects signatures.`,
    ({ A, B }) => `${A} writes ${B} a long message and deletes it again.`,
    ({ v, r, A, a }) => `${A} is ${r.pick(v.moods)}, even though ${he(a.gender)} has slept badly for days.`,
  ],
  none: [
    () => 'It has been raining for days, and the mood in the whole building is low.',
    () => 'The hospital gets ready for a visit from the health minister, and everything is being scrubbed.',
    () => 'In the market square the traders are putting up their stalls for the food festival.',
    () => 'A thunderstorm knocks out half the town in the evening, and A&E runs on the generator.',
    () => 'The radio warns of black ice, but hardly anybody takes the warning seriously.',
    () => 'The canteen serves lentil soup for the third time this week, and the complaints pile up.',
  ],
};

export const enSentences: Sentences = {
  heading: (n, title) => `# Episode ${n}: ${title}`,
  filler: enFiller,
  twinNames: [
    ['Daniel', 'Daniella'], ['Francis', 'Frances'], ['Carl', 'Carla'], ['Eric', 'Erica'], ['Robert', 'Roberta'], ['Julius', 'Julia'],
    ['Joseph', 'Josephine'], ['Henry', 'Henrietta'], ['Stephen', 'Stephanie'], ['George', 'Georgina'], ['Paul', 'Paula'],
    ['Christian', 'Christina'],
  ],
  ladders: [
    { from: { f: 'junior doctor', m: 'junior doctor', family: 'doctor' }, to: { f: 'consultant', m: 'consultant', family: 'doctor' } },
    { from: { f: 'police constable', m: 'police constable', family: 'police' }, to: { f: 'detective sergeant', m: 'detective sergeant', family: 'police' } },
    { from: { f: 'staff nurse', m: 'staff nurse', family: 'nurse' }, to: { f: 'ward sister', m: 'charge nurse', family: 'nurse' } },
  ],
  intro: (p, r) =>
    r.pick([
      () => `${full(p)} has been working as ${aOr(roleOf(p.role, p.gender))} in Holloway for a few weeks.`,
      () => `${full(p)} is new in Holloway and works as ${aOr(roleOf(p.role, p.gender))}.`,
      () => `This week ${full(p)} starts working as ${aOr(roleOf(p.role, p.gender))} in town.`,
    ])(),
  act: (ref, p, cast, v, r) =>
    r.pick([
      () => `${ref} asks ${cast.first} for advice.`,
      () => `${ref} waits ${r.pick(v.places)} for ${cast.first}.`,
      () => `${ref} seems ${r.pick(v.moods)} today.`,
      () => `${ref} deals with ${r.pick(v.errands)} and is ${r.pick(v.moods)} afterwards.`,
      () => `${ref} has a long chat with ${cast.first} ${r.pick(v.places)}.`,
      () => `${ref} invites ${cast.first} to dinner, but ${he(cast.gender)} has no time.`,
      () => `${ref} drops off a bunch of flowers for ${cast.first}.`,
      () => `${ref} is ${r.pick(v.moods)} because ${he(p.gender)} is waiting for an important call.`,
    ])(),
  death: (p, r) =>
    r.pick([
      () => `${full(p)} dies at the scene of the crash.`,
      () => `${full(p)} dies in the night after emergency surgery.`,
      () => `${full(p)} dies after a fall from a ladder.`,
    ])(),
  alive: (p, cast, v, r) =>
    r.pick([
      () => `${full(p)} is sitting ${r.pick(v.places)} reading the paper.`,
      () => `${full(p)} turns up cheerfully for a check-up.`,
      () => `${full(p)} helps ${cast.first} carry boxes to the van.`,
    ])(),
  parent: (par, child) => `${full(par)} is the ${par.gender === 'f' ? 'mother' : 'father'} of ${full(child)}.`,
  sibling: (sib, child) => `${full(sib)} is the ${sib.gender === 'f' ? 'sister' : 'brother'} of ${full(child)}.`,
  worksAs: (p, role) => `${full(p)} works as ${aOr(roleOf(role, p.gender))} in Holloway.`,
  isRole: (p, role) => `${full(p)} is ${aOr(roleOf(role, p.gender))} and has the day off.`,
  age: (p, age, r) => (r.chance(0.5) ? `${full(p)} is ${age} years old.` : `The ${age}-year-old ${full(p)} has a birthday today.`),
  livesIn: (p, city) => `${full(p)} lives in ${city}.`,
  livesInStill: (p, city) => `${full(p)} lives in ${city} and takes the train to work every morning.`,
  eyes: (p, colour) => `${full(p)} has ${colour} eyes.`,
  hair: (p, colour) => `${full(p)} has ${colour} hair.`,
  scar: (p, side, part) => `${full(p)} has a scar on ${his(p.gender)} ${side} ${part}.`,
  knowLong: (x, y) => `${full(x)} and ${full(y)} have known each other since school.`,
  meetFirst: (x, y, r) => (r.chance(0.5) ? `${full(x)} meets ${full(y)} for the first time.` : `${full(x)} is introduced to ${full(y)}.`),
  belief: (child, par) => `${full(child)} believes that ${his(child.gender)} ${par.gender === 'f' ? 'mother' : 'father'} ${full(par)} is dead.`,
  reveal: (child, par) => `${child.first} learns that ${his(child.gender)} ${par.gender === 'f' ? 'mother' : 'father'} ${full(par)} is alive.`,
  returns: (par) => `${full(par)} is suddenly standing at the door.`,
  promoted: (p, to) => `${full(p)} is promoted to ${roleOf(to, p.gender)}.`,
  promotedIs: (p, to) => `${full(p)} is now ${aOr(roleOf(to, p.gender))}.`,
  moves: (p, city) => `${full(p)} moves to ${city}.`,
  movedLives: (p, city) => `${full(p)} now lives in ${city}.`,
  girlfriend: (x, y) => `${full(x)} is the girlfriend of ${full(y)}.`,
  wedding: (x, y) => `${x.first} and ${y.first} get married at the registry office.`,
  spouse: (x, y) => `${full(x)} is the wife of ${full(y)}.`,
  yearLater: (p, age) => `A year later, ${full(p)} celebrates ${his(p.gender)} birthday and is now ${age} years old.`,
  twins: (bro, sis, v, r) => `${full(bro)} and his twin sister ${full(sis)} sit together ${r.pick(v.places)}.`,
  twinsAgain: (bro, sis) => `${full(sis)} asks her brother ${full(bro)} to help ${him('f')} paint the kitchen.`,
};

export const sentences: Record<Language, Sentences> = { de: deSentences, en: enSentences };
