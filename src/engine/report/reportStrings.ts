// The words of a continuity report in German and English, chosen by the report's own language setting.
import type { ConflictKind, ConflictStatus, EntityKind, Language, Modality, Severity } from '../types';

export interface ReportStrings {
  /** BCP 47 tag for dates and the document's lang attribute. */
  locale: string;
  reportTitle: string;
  generatedOn: string;
  episodesCovered: string;
  /** "{count} episodes: {from} to {to}" */
  episodeRange: (count: number, from: string, to: string) => string;
  optionsUsed: string;
  optionRange: string;
  optionAllEpisodes: string;
  optionMinSeverity: string;
  optionDecided: string;
  optionDecidedIncluded: string;
  optionDecidedExcluded: string;
  optionLanguage: string;
  languageName: Record<Language, string>;
  contents: string;
  summary: string;
  totalConflicts: string;
  byKind: string;
  bySeverity: string;
  byStatus: string;
  mostOpen: string;
  /** "2 offene Konflikte", "1 open conflict" */
  openConflicts: (count: number) => string;
  noConflicts: string;
  conflictsByCharacter: string;
  conflicts: string;
  factHistory: string;
  otherFacts: string;
  noFacts: string;
  nameVariants: string;
  noNameVariants: string;
  otherSpellings: string;
  spellings: string;
  namedIn: string;
  count: string;
  appearances: string;
  appearancesHint: string;
  appearancesListHint: string;
  episodeList: string;
  code: string;
  /** "{count} more characters not shown" */
  moreCharacters: (count: number) => string;
  character: string;
  spelling: string;
  occursIn: string;
  standardForm: string;
  variant: string;
  notFoundInQuotes: string;
  episode: string;
  kind: string;
  severity: string;
  status: string;
  summaryColumn: string;
  decision: string;
  note: string;
  passage: string;
  passages: string;
  quote: string;
  predicate: string;
  value: string;
  modality: string;
  conflictId: string;
  episodeFile: string;
  episodeTitle: string;
  start: string;
  end: string;
  outsideRange: string;
  filterCharacter: string;
  filterSeverity: string;
  filterAll: string;
  filterNothingShown: string;
  /** Page footer with Chromium's pageNumber/totalPages placeholders passed in as HTML. */
  pageOf: (page: string, total: string) => string;
  kinds: Record<ConflictKind, string>;
  severities: Record<Severity, string>;
  statuses: Record<ConflictStatus, string>;
  modalities: Record<Modality, string>;
  entityKinds: Record<EntityKind, string>;
  predicates: Record<string, string>;
  /** Literal fact values the engine writes in English (vital status, colours, events, handedness, marital status). */
  values: Record<string, string>;
  attribute: string;
  /** Physical details ("attribute:eyes" → "eyes"): the detail's name. */
  features: Record<string, string>;
  /** A body part with the side it is on ("left cheek"), in the report language; undefined for an unknown part. */
  bodyPart: (part: string, side: 'left' | 'right' | undefined) => string | undefined;
  /** Time the story says has passed, given in years. */
  duration: (years: number) => string;
}

/** German body parts with their grammatical gender (for "linke Wange", "linker Arm", "linkes Bein"). */
const DE_BODY_PARTS: Record<string, [string, 'f' | 'm' | 'n']> = {
  cheek: ['Wange', 'f'], arm: ['Arm', 'm'], leg: ['Bein', 'n'], hand: ['Hand', 'f'], forehead: ['Stirn', 'f'], chin: ['Kinn', 'n'],
  shoulder: ['Schulter', 'f'], knee: ['Knie', 'n'], foot: ['Fuß', 'm'], neck: ['Hals', 'm'], back: ['Rücken', 'm'], chest: ['Brust', 'f'],
  face: ['Gesicht', 'n'], wrist: ['Handgelenk', 'n'], ankle: ['Knöchel', 'm'], hip: ['Hüfte', 'f'], eyebrow: ['Augenbraue', 'f'],
  lip: ['Lippe', 'f'], ear: ['Ohr', 'n'], temple: ['Schläfe', 'f'], belly: ['Bauch', 'm'], eye: ['Auge', 'n'],
};
const DE_SIDE_ENDING = { f: 'e', m: 'er', n: 'es' } as const;
const EN_BODY_PARTS = new Set(Object.keys(DE_BODY_PARTS));

/** A span of years as the largest whole unit that fits ("2 Jahre", "3 weeks", "2 days"). */
function durationIn(units: [number, string, string][], decimalComma: boolean): (years: number) => string {
  return (years) => {
    for (let k = 0; k < units.length; k++) {
      const [perYear, one, many] = units[k];
      const n = Math.round(years * perYear * 10) / 10;
      if (n >= 1 || k === units.length - 1) return `${decimalComma ? String(n).replace('.', ',') : String(n)} ${n === 1 ? one : many}`;
    }
    return String(years);
  };
}
const DE_UNITS: [number, string, string][] = [[1, 'Jahr', 'Jahre'], [12, 'Monat', 'Monate'], [52, 'Woche', 'Wochen'], [365, 'Tag', 'Tage']];
const EN_UNITS: [number, string, string][] = [[1, 'year', 'years'], [12, 'month', 'months'], [52, 'week', 'weeks'], [365, 'day', 'days']];

const de: ReportStrings = {
  locale: 'de-DE',
  reportTitle: 'Kontinuitätsbericht',
  generatedOn: 'Erstellt am',
  episodesCovered: 'Folgen',
  episodeRange: (count, from, to) => (count === 1 ? `1 Folge: ${from}` : `${count} Folgen: ${from} bis ${to}`),
  optionsUsed: 'Einstellungen',
  optionRange: 'Folgenbereich',
  optionAllEpisodes: 'alle Folgen',
  optionMinSeverity: 'Mindestschwere',
  optionDecided: 'Entschiedene Konflikte',
  optionDecidedIncluded: 'enthalten',
  optionDecidedExcluded: 'ausgelassen',
  optionLanguage: 'Berichtssprache',
  languageName: { de: 'Deutsch', en: 'Englisch' },
  contents: 'Inhalt',
  summary: 'Zusammenfassung',
  totalConflicts: 'Konflikte insgesamt',
  byKind: 'Nach Art',
  bySeverity: 'Nach Schwere',
  byStatus: 'Nach Status',
  mostOpen: 'Figuren mit den meisten offenen Konflikten',
  openConflicts: (n) => (n === 1 ? '1 offener Konflikt' : `${n} offene Konflikte`),
  noConflicts: 'Keine Konflikte mit diesen Einstellungen.',
  conflictsByCharacter: 'Konflikte nach Figur',
  conflicts: 'Konflikte',
  factHistory: 'Fakten im Verlauf der Folgen',
  otherFacts: 'Fakten zu weiteren Figuren',
  noFacts: 'Keine Fakten erfasst.',
  nameVariants: 'Schreibweisen der Namen',
  noNameVariants: 'Keine abweichenden Schreibweisen.',
  otherSpellings: 'Weitere bekannte Schreibweisen (ohne Konflikt)',
  spellings: 'Schreibweisen',
  namedIn: 'Genannt in',
  count: 'Anzahl',
  appearances: 'Auftritte nach Folge',
  appearancesHint: 'Ein gefülltes Feld heißt: Die Figur wird in dieser Folge genannt.',
  appearancesListHint: 'Die Folgen, in denen die Figur genannt wird.',
  episodeList: 'Folgenübersicht',
  code: 'Kürzel',
  moreCharacters: (count) => `${count} weitere Figuren nicht gezeigt`,
  character: 'Figur',
  spelling: 'Schreibweise',
  occursIn: 'Kommt vor in',
  standardForm: 'Hauptform',
  variant: 'Variante',
  notFoundInQuotes: 'in keinem zitierten Abschnitt',
  episode: 'Folge',
  kind: 'Art',
  severity: 'Schwere',
  status: 'Status',
  summaryColumn: 'Beschreibung',
  decision: 'Entscheidung',
  note: 'Notiz',
  passage: 'Abschnitt',
  passages: 'Abschnitte',
  quote: 'Zitat',
  predicate: 'Eigenschaft',
  value: 'Wert',
  modality: 'Art der Aussage',
  conflictId: 'Konflikt-ID',
  episodeFile: 'Datei',
  episodeTitle: 'Titel der Folge',
  start: 'Anfang',
  end: 'Ende',
  outsideRange: 'außerhalb des Bereichs',
  filterCharacter: 'Figur',
  filterSeverity: 'Schwere',
  filterAll: 'Alle Figuren',
  filterNothingShown: 'Kein Konflikt passt zu diesem Filter.',
  pageOf: (page, total) => `Seite ${page} von ${total}`,
  kinds: {
    spelling: 'Schreibweise',
    'vital-status': 'Lebend/tot',
    relationship: 'Beziehung',
    role: 'Rolle',
    age: 'Alter',
    place: 'Ort',
    attribute: 'Merkmal',
    'first-meeting': 'Erste Begegnung',
    timeline: 'Zeitlinie',
    plot: 'Handlung',
  },
  severities: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  statuses: { open: 'offen', intended: 'beabsichtigt', resolved: 'behoben' },
  modalities: { asserted: 'erzählt', believed: 'vermutet', revealed: 'enthüllt', negated: 'verneint' },
  entityKinds: { character: 'Figur', place: 'Ort', organisation: 'Organisation', object: 'Gegenstand' },
  predicates: {
    father: 'Vater',
    mother: 'Mutter',
    child: 'Kind',
    spouse: 'Ehepartner',
    sibling: 'Geschwister',
    colleague: 'Kollege/Kollegin',
    vital: 'lebend/tot',
    role: 'Rolle',
    age: 'Alter',
    'lives-in': 'wohnt in',
    'works-at': 'arbeitet bei',
    'first-meeting': 'erste Begegnung mit',
    'first-met': 'erinnert sich ans Kennenlernen mit', 'first-met-year': 'Jahr des Kennenlernens',
    husband: 'Ehemann',
    wife: 'Ehefrau',
    son: 'Sohn',
    daughter: 'Tochter',
    parent: 'Elternteil',
    brother: 'Bruder',
    sister: 'Schwester',
    aunt: 'Tante',
    uncle: 'Onkel',
    niece: 'Nichte',
    nephew: 'Neffe',
    cousin: 'Cousin/Cousine',
    'in-law': 'angeheiratet',
    friend: 'befreundet mit',
    interacts: 'begegnet',
    event: 'Ereignis',
    'time-passes': 'Zeitsprung',
    grandfather: 'Großvater', grandmother: 'Großmutter', grandparent: 'Großelternteil', grandson: 'Enkel', granddaughter: 'Enkelin',
    grandchild: 'Enkelkind', partner: 'Partner/in', fiance: 'verlobt mit', 'ex-partner': 'ehemalige/r Partner/in',
    stepfather: 'Stiefvater', stepmother: 'Stiefmutter', stepparent: 'Stiefelternteil', stepchild: 'Stiefkind', stepsibling: 'Stiefgeschwister',
    foster: 'Pflegekind/-eltern', superior: 'Vorgesetzte/r', subordinate: 'unterstellt', neighbour: 'Nachbar/in',
    'comes-from': 'stammt aus', 'born-in': 'geboren in', 'moves-to': 'zieht nach', knows: 'kennt bereits',
    'interacts-family': 'begegnet (Familie)', narration: 'Erzählzeit',
  },
  values: {
    alive: 'lebt', dead: 'tot', acting: 'tritt auf (lebt)',
    blue: 'blau', green: 'grün', brown: 'braun', grey: 'grau', black: 'schwarz', blond: 'blond', red: 'rot', white: 'weiß', hazel: 'haselnussbraun',
    'left-handed': 'Linkshänder/in', 'right-handed': 'Rechtshänder/in', glasses: 'Brille', 'facial-hair': 'Bart',
    wedding: 'Hochzeit', divorce: 'Scheidung', separation: 'Trennung', death: 'Tod', move: 'Umzug', promotion: 'Beförderung',
    'new-job': 'neue Stelle', birthday: 'Geburtstag', injury: 'Verletzung',
    single: 'ledig', 'never-married': 'nie verheiratet', present: 'Präsens', past: 'Präteritum',
  },
  attribute: 'Merkmal',
  features: {
    eyes: 'Augenfarbe', hair: 'Haarfarbe', scar: 'Narbe', tattoo: 'Tattoo', injury: 'Verletzung', handedness: 'Händigkeit', has: 'hat',
    lame: 'steifes oder lahmes Glied', 'only-scar': 'einzige Narbe',
  },
  bodyPart: (part, side) => {
    const known = DE_BODY_PARTS[part];
    if (!known) return undefined;
    return side ? `${side === 'left' ? 'link' : 'recht'}${DE_SIDE_ENDING[known[1]]} ${known[0]}` : known[0];
  },
  duration: durationIn(DE_UNITS, true),
};

const en: ReportStrings = {
  locale: 'en-GB',
  reportTitle: 'Continuity report',
  generatedOn: 'Generated on',
  episodesCovered: 'Episodes',
  episodeRange: (count, from, to) => (count === 1 ? `1 episode: ${from}` : `${count} episodes: ${from} to ${to}`),
  optionsUsed: 'Options',
  optionRange: 'Episode range',
  optionAllEpisodes: 'all episodes',
  optionMinSeverity: 'Minimum severity',
  optionDecided: 'Decided conflicts',
  optionDecidedIncluded: 'included',
  optionDecidedExcluded: 'left out',
  optionLanguage: 'Report language',
  languageName: { de: 'German', en: 'English' },
  contents: 'Contents',
  summary: 'Summary',
  totalConflicts: 'Conflicts in total',
  byKind: 'By kind',
  bySeverity: 'By severity',
  byStatus: 'By status',
  mostOpen: 'Characters with the most open conflicts',
  openConflicts: (n) => (n === 1 ? '1 open conflict' : `${n} open conflicts`),
  noConflicts: 'No conflicts with these options.',
  conflictsByCharacter: 'Conflicts by character',
  conflicts: 'Conflicts',
  factHistory: 'Facts across episodes',
  otherFacts: 'Facts about other characters',
  noFacts: 'No facts recorded.',
  nameVariants: 'Name variants',
  noNameVariants: 'No diverging spellings.',
  otherSpellings: 'Other known spellings (no conflict)',
  spellings: 'Spellings',
  namedIn: 'Named in',
  count: 'Count',
  appearances: 'Appearances by episode',
  appearancesHint: 'A filled cell means the character is named in that episode.',
  appearancesListHint: 'The episodes in which the character is named.',
  episodeList: 'Episode list',
  code: 'Code',
  moreCharacters: (count) => `${count} more characters not shown`,
  character: 'Character',
  spelling: 'Spelling',
  occursIn: 'Occurs in',
  standardForm: 'main form',
  variant: 'variant',
  notFoundInQuotes: 'in no quoted passage',
  episode: 'Episode',
  kind: 'Kind',
  severity: 'Severity',
  status: 'Status',
  summaryColumn: 'Description',
  decision: 'Decision',
  note: 'Note',
  passage: 'Passage',
  passages: 'Passages',
  quote: 'Quote',
  predicate: 'Property',
  value: 'Value',
  modality: 'Stated as',
  conflictId: 'Conflict id',
  episodeFile: 'File',
  episodeTitle: 'Episode title',
  start: 'Start',
  end: 'End',
  outsideRange: 'outside the range',
  filterCharacter: 'Character',
  filterSeverity: 'Severity',
  filterAll: 'All characters',
  filterNothingShown: 'No conflict matches this filter.',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  kinds: {
    spelling: 'Spelling',
    'vital-status': 'Alive/dead',
    relationship: 'Relationship',
    role: 'Role',
    age: 'Age',
    place: 'Place',
    attribute: 'Physical detail',
    'first-meeting': 'First meeting',
    timeline: 'Timeline',
    plot: 'Plot',
  },
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  statuses: { open: 'open', intended: 'intended', resolved: 'resolved' },
  modalities: { asserted: 'stated', believed: 'believed', revealed: 'revealed', negated: 'denied' },
  entityKinds: { character: 'Character', place: 'Place', organisation: 'Organisation', object: 'Object' },
  predicates: {
    father: 'father',
    mother: 'mother',
    child: 'child',
    spouse: 'spouse',
    sibling: 'sibling',
    colleague: 'colleague',
    vital: 'alive/dead',
    role: 'role',
    age: 'age',
    'lives-in': 'lives in',
    'works-at': 'works at',
    'first-meeting': 'first met',
    'first-met': 'remembers first meeting', 'first-met-year': 'year of first meeting',
    husband: 'husband',
    wife: 'wife',
    son: 'son',
    daughter: 'daughter',
    parent: 'parent',
    brother: 'brother',
    sister: 'sister',
    aunt: 'aunt',
    uncle: 'uncle',
    niece: 'niece',
    nephew: 'nephew',
    cousin: 'cousin',
    'in-law': 'in-law',
    friend: 'friend of',
    interacts: 'meets',
    event: 'event',
    'time-passes': 'time passes',
    grandfather: 'grandfather', grandmother: 'grandmother', grandparent: 'grandparent', grandson: 'grandson', granddaughter: 'granddaughter',
    grandchild: 'grandchild', partner: 'partner', fiance: 'engaged to', 'ex-partner': 'former partner',
    stepfather: 'stepfather', stepmother: 'stepmother', stepparent: 'step-parent', stepchild: 'stepchild', stepsibling: 'step-sibling',
    foster: 'foster family', superior: 'superior', subordinate: 'reports to', neighbour: 'neighbour',
    'comes-from': 'comes from', 'born-in': 'born in', 'moves-to': 'moves to', knows: 'already knows',
    'interacts-family': 'meets (family)', narration: 'narrative tense',
  },
  values: {
    alive: 'alive', dead: 'dead', acting: 'appears (alive)',
    'left-handed': 'left-handed', 'right-handed': 'right-handed', glasses: 'glasses', 'facial-hair': 'beard',
    'new-job': 'new job', single: 'single', 'never-married': 'never married', present: 'present tense', past: 'past tense',
  },
  attribute: 'attribute',
  features: { eyes: 'eye colour', hair: 'hair colour', scar: 'scar', tattoo: 'tattoo', injury: 'injury', handedness: 'handedness', has: 'has', lame: 'stiff or lame limb', 'only-scar': 'only scar' },
  bodyPart: (part, side) => (EN_BODY_PARTS.has(part) ? (side ? `${side} ${part}` : part) : undefined),
  duration: durationIn(EN_UNITS, false),
};

/** The strings for a report language. */
export function reportStrings(language: Language): ReportStrings {
  return language === 'de' ? de : en;
}

/** A fact predicate as a reader would say it: "attribute:eyes" becomes "Merkmal: Augenfarbe". */
export function predicateLabel(strings: ReportStrings, predicate: string): string {
  const known = strings.predicates[predicate];
  if (known) return known;
  const colon = predicate.indexOf(':');
  if (colon > 0 && predicate.slice(0, colon) === 'attribute') {
    const feature = predicate.slice(colon + 1);
    return `${strings.attribute}: ${strings.features[feature] ?? feature}`;
  }
  return predicate.replace(/-/g, ' ');
}

/**
 * A literal fact value as the report's language says it: the values the extractors normalise to English words
 * (colours, body parts and sides, events, handedness, vital and marital status, time passed) are translated;
 * anything else (a role or place as the text writes it, an age) stays as it is.
 */
export function valueLabel(strings: ReportStrings, predicate: string, value: string): string {
  const word = strings.values[value];
  if (word !== undefined) return word;
  if (predicate === 'time-passes') {
    const years = Number(value);
    return Number.isFinite(years) && years > 0 ? strings.duration(years) : value;
  }
  if (predicate.startsWith('attribute:')) {
    const space = value.indexOf(' ');
    const side = space > 0 ? value.slice(0, space) : undefined;
    if (side === undefined || side === 'left' || side === 'right') {
      const part = strings.bodyPart(space > 0 ? value.slice(space + 1) : value, side);
      if (part !== undefined) return part;
    }
  }
  return value;
}
