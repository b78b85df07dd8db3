// Words, names and the main cast the series generator writes with, one set per language (all our own writing).
import type { Language } from '../src/engine/types';

export type Gender = 'f' | 'm';
export type Domain = 'hospital' | 'police' | 'family' | 'town';

/** A job in both genders, with the family a role conflict must leave. */
export interface RoleWord {
  f: string;
  m: string;
  family: 'doctor' | 'nurse' | 'police' | 'teacher' | 'legal' | 'trade' | 'office' | 'therapist' | 'press';
}

/** A member of the main cast: appears in filler all series long, with facts that never change. */
export interface CastMember {
  first: string;
  last: string;
  gender: Gender;
  domain: Domain;
  /** How the synopses call them when not by first name ("Dr. Voss", "DI Quinn"). */
  short: string;
  /** Their job, as it stands before the name or after a comma. */
  role: string;
}

export interface Vocabulary {
  language: Language;
  seriesTitle: string;
  episodeWord: string;
  femaleNames: string[];
  maleNames: string[];
  surnameStems: string[];
  surnameEndings: string[];
  cities: string[];
  roles: RoleWord[];
  eyeColours: string[];
  hairColours: string[];
  bodyParts: string[];
  titleFirst: string[];
  titleSecond: string[];
  cast: CastMember[];
  patients: string[];
  ailments: string[];
  cases: string[];
  places: string[];
  times: string[];
  errands: string[];
  moods: string[];
}

export const de: Vocabulary = {
  language: 'de',
  seriesTitle: 'Lindenhof – Geschichten aus Bad Wiesental',
  episodeWord: 'Folge',
  femaleNames: [
    'Anja', 'Birte', 'Carola', 'Dagmar', 'Elke', 'Franziska', 'Gesine', 'Hanna', 'Ines', 'Jutta', 'Karin', 'Larissa', 'Margit',
    'Nadine', 'Olga', 'Petra', 'Rieke', 'Sabine', 'Tanja', 'Ursula', 'Vera', 'Wiebke', 'Yvonne', 'Zora', 'Annika', 'Bettina',
    'Corinna', 'Doris', 'Edith', 'Frauke', 'Greta', 'Heike', 'Imke', 'Janine', 'Katharina', 'Lotte', 'Mareike', 'Nele', 'Ottilie',
    'Pia', 'Regina', 'Svenja', 'Theresa', 'Ulrike', 'Valentina', 'Wilma', 'Antje', 'Brigitte', 'Dorothea', 'Henrike', 'Luise',
    'Martina', 'Rosemarie', 'Simone', 'Stefanie', 'Friederike', 'Gudrun', 'Kerstin', 'Maren', 'Susanne',
  ],
  maleNames: [
    'Achim', 'Bernhard', 'Christoph', 'Dieter', 'Egon', 'Florian', 'Gregor', 'Holger', 'Ingo', 'Jörg', 'Kai', 'Lothar', 'Matthias',
    'Norbert', 'Olaf', 'Philipp', 'Rainer', 'Sven', 'Torsten', 'Ulf', 'Volker', 'Werner', 'Axel', 'Benno', 'Clemens', 'Detlef',
    'Eckhard', 'Fabian', 'Gunnar', 'Hartmut', 'Jannik', 'Knut', 'Lukas', 'Malte', 'Nils', 'Oskar', 'Rüdiger', 'Siegfried', 'Thilo',
    'Uwe', 'Wolfgang', 'Arne', 'Björn', 'Carsten', 'Dirk', 'Erwin', 'Frieder', 'Henning', 'Joachim', 'Kurt', 'Ludger', 'Moritz',
    'Ralf', 'Steffen', 'Tobias', 'Vincent', 'Wilfried', 'Helmut', 'Gerhard', 'Reinhold',
  ],
  surnameStems: [
    'Ahl', 'Bach', 'Baum', 'Beck', 'Berg', 'Birk', 'Brand', 'Brück', 'Busch', 'Dorn', 'Eck', 'Eich', 'Feld', 'Fisch', 'Gold',
    'Grün', 'Haas', 'Hahn', 'Hart', 'Heid', 'Helm', 'Hof', 'Holl', 'Horn', 'Jung', 'Kahl', 'Kamp', 'Kirch', 'Klein', 'Kraus',
    'Kuhn', 'Lang', 'Lind', 'Mark', 'Mohr', 'Moos', 'Neu', 'Nord', 'Pohl', 'Rein', 'Ritt', 'Rohr', 'Roth', 'Sand', 'Schell',
    'Schön', 'Seid', 'Sonn', 'Stein', 'Stock', 'Sturm', 'Vogt', 'Wald', 'Wall', 'Weiß', 'Wend', 'Wies', 'Wolf', 'Zell', 'Thal',
  ],
  surnameEndings: [
    'er', 'mann', 'ner', 'inger', 'hofer', 'berg', 'feld', 'bach', 'haus', 'meier', 'hardt', 'brecht', 'ke', 'lein', 'ling',
    'stedt', 'burg', 'hagen', 'rath', 'bauer', 'mer', 'gruber', 'schmidt', 'kamp', 'mayr', 'ecker', 'huber', 'reuther', 'wirth',
  ],
  cities: [
    'Hamburg', 'München', 'Leipzig', 'Dresden', 'Köln', 'Bremen', 'Kassel', 'Freiburg', 'Rostock', 'Münster', 'Erfurt', 'Hannover',
    'Kiel', 'Würzburg', 'Regensburg', 'Potsdam', 'Göttingen', 'Lübeck', 'Bamberg', 'Koblenz', 'Trier', 'Passau', 'Ulm', 'Jena',
  ],
  roles: [
    { f: 'Krankenschwester', m: 'Krankenpfleger', family: 'nurse' },
    { f: 'Ärztin', m: 'Arzt', family: 'doctor' },
    { f: 'Chirurgin', m: 'Chirurg', family: 'doctor' },
    { f: 'Polizistin', m: 'Polizist', family: 'police' },
    { f: 'Kommissarin', m: 'Kommissar', family: 'police' },
    { f: 'Lehrerin', m: 'Lehrer', family: 'teacher' },
    { f: 'Anwältin', m: 'Anwalt', family: 'legal' },
    { f: 'Bäckerin', m: 'Bäcker', family: 'trade' },
    { f: 'Friseurin', m: 'Friseur', family: 'trade' },
    { f: 'Sekretärin', m: 'Sekretär', family: 'office' },
    { f: 'Physiotherapeutin', m: 'Physiotherapeut', family: 'therapist' },
    { f: 'Journalistin', m: 'Journalist', family: 'press' },
  ],
  eyeColours: ['blaue', 'grüne', 'braune', 'graue'],
  hairColours: ['blonde', 'schwarze', 'rote', 'braune', 'graue'],
  bodyParts: ['Wange', 'Stirn', 'Hand', 'Schulter', 'Arm'],
  titleFirst: ['Alte', 'Neue', 'Späte', 'Falsche', 'Stille', 'Offene', 'Letzte', 'Bittere', 'Kleine', 'Fremde', 'Dunkle', 'Zweite'],
  titleSecond: ['Wunden', 'Wege', 'Wahrheiten', 'Schatten', 'Träume', 'Fragen', 'Spuren', 'Geständnisse', 'Versprechen', 'Stunden', 'Grenzen', 'Chancen'],
  cast: [
    { first: 'Helene', last: 'Vossberg', gender: 'f', domain: 'hospital', short: 'Dr. Vossberg', role: 'Chefärztin' },
    { first: 'Konrad', last: 'Baumgart', gender: 'm', domain: 'hospital', short: 'Dr. Baumgart', role: 'Oberarzt' },
    { first: 'Birgit', last: 'Lohse', gender: 'f', domain: 'hospital', short: 'Schwester Birgit', role: 'Stationsschwester' },
    { first: 'Deniz', last: 'Aydin', gender: 'm', domain: 'hospital', short: 'Pfleger Deniz', role: 'Krankenpfleger' },
    { first: 'Paul', last: 'Reimers', gender: 'm', domain: 'hospital', short: 'Dr. Reimers', role: 'Assistenzarzt' },
    { first: 'Paula', last: 'Reimers', gender: 'f', domain: 'town', short: 'Paula', role: 'Physiotherapeutin' },
    { first: 'Bernd', last: 'Kessler', gender: 'm', domain: 'town', short: 'Kessler', role: 'Verwaltungsdirektor' },
    { first: 'Ruth', last: 'Falkner', gender: 'f', domain: 'police', short: 'Kommissarin Falkner', role: 'Kommissarin' },
    { first: 'Timo', last: 'Brenner', gender: 'm', domain: 'police', short: 'Brenner', role: 'Polizist' },
    { first: 'Georg', last: 'Wendland', gender: 'm', domain: 'family', short: 'Georg', role: 'Bäcker' },
    { first: 'Ilse', last: 'Wendland', gender: 'f', domain: 'family', short: 'Ilse', role: 'Lehrerin' },
    { first: 'Jan', last: 'Wendland', gender: 'm', domain: 'family', short: 'Jan', role: 'Schüler' },
    { first: 'Jana', last: 'Wendland', gender: 'f', domain: 'family', short: 'Jana', role: 'Schülerin' },
  ],
  patients: [
    'ein älterer Landwirt', 'eine junge Mutter', 'ein Schüler aus der Oberstufe', 'eine Radfahrerin', 'ein Bauarbeiter',
    'eine Rentnerin aus dem Altenheim', 'ein Marathonläufer', 'eine schwangere Frau', 'ein Mann ohne Papiere', 'ein kleines Mädchen',
    'ein Motorradfahrer', 'eine Touristin aus den Niederlanden',
  ],
  ailments: [
    'einer Blinddarmentzündung', 'einem gebrochenen Handgelenk', 'einer Gehirnerschütterung', 'Verdacht auf Herzinfarkt',
    'einer schweren Lungenentzündung', 'einer tiefen Schnittwunde', 'akuter Atemnot', 'hohem Fieber', 'einer allergischen Reaktion',
    'einem Bandscheibenvorfall', 'starken Bauchschmerzen', 'einer Rauchvergiftung',
  ],
  cases: [
    'einem Einbruch in die Apotheke', 'einer Serie von Autodiebstählen', 'einem verschwundenen Jugendlichen', 'gefälschten Rezepten',
    'einem Brand in einer Lagerhalle', 'einem Überfall auf einen Kiosk', 'anonymen Drohbriefen', 'einer Unfallflucht am Stadtrand',
    'gestohlenen Medikamenten', 'einem Betrug mit Spendengeldern',
  ],
  places: [
    'in der Cafeteria', 'auf dem Parkplatz', 'im Schwesternzimmer', 'vor dem Aufzug', 'im Treppenhaus', 'in der Notaufnahme',
    'am Kaffeeautomaten', 'im Ärztezimmer', 'auf der Dachterrasse', 'im Wartebereich',
  ],
  times: [
    'Am frühen Morgen', 'Gegen Mittag', 'In der Nachtschicht', 'Kurz vor Feierabend', 'Am Nachmittag', 'Noch vor der Visite',
    'Während der Mittagspause', 'Spät am Abend',
  ],
  errands: [
    'die Abrechnung des letzten Quartals', 'einen Stapel Entlassungsbriefe', 'den neuen Dienstplan', 'eine Beschwerde der Krankenkasse',
    'die Bestellung für das Labor', 'einen Antrag auf Fortbildung', 'die Unterlagen für die Prüfung', 'ein Gutachten für das Gericht',
  ],
  moods: ['nachdenklich', 'gereizt', 'erschöpft', 'erleichtert', 'zuversichtlich', 'verunsichert', 'gut gelaunt', 'wortkarg'],
};

export const en: Vocabulary = {
  language: 'en',
  seriesTitle: 'Holloway General',
  episodeWord: 'Episode',
  femaleNames: [
    'Abigail', 'Beatrice', 'Charlotte', 'Deborah', 'Eleanor', 'Fiona', 'Gemma', 'Harriet', 'Imogen', 'Joanna', 'Kirsty', 'Lorna',
    'Maureen', 'Nicola', 'Olivia', 'Philippa', 'Rosalind', 'Sandra', 'Tessa', 'Una', 'Verity', 'Wendy', 'Yasmin', 'Zoe', 'Alison',
    'Brenda', 'Cressida', 'Dorothy', 'Esther', 'Felicity', 'Gwen', 'Hazel', 'Iris', 'Jocelyn', 'Kathleen', 'Leanne', 'Miriam',
    'Nora', 'Pauline', 'Rowena', 'Sheila', 'Tamsin', 'Ursula', 'Vanessa', 'Winifred', 'Agnes', 'Bridget', 'Cecily', 'Daphne',
    'Edith', 'Florence', 'Gillian', 'Hilary', 'Janet', 'Lydia', 'Marian', 'Penelope', 'Rebecca', 'Sylvia', 'Theresa',
  ],
  maleNames: [
    'Alastair', 'Bernard', 'Callum', 'Desmond', 'Edmund', 'Fergus', 'Gordon', 'Howard', 'Ian', 'Julian', 'Keith', 'Lionel', 'Malcolm',
    'Neville', 'Oliver', 'Patrick', 'Rupert', 'Stuart', 'Trevor', 'Vincent', 'Warren', 'Adrian', 'Barry', 'Clive', 'Duncan', 'Euan',
    'Frederick', 'Gareth', 'Hugh', 'Jeremy', 'Kenneth', 'Leonard', 'Martin', 'Nigel', 'Oscar', 'Preston', 'Roland', 'Simon', 'Toby',
    'Victor', 'Walter', 'Alfred', 'Benedict', 'Cedric', 'Dominic', 'Ernest', 'Felix', 'Gilbert', 'Harold', 'Jasper', 'Laurence',
    'Maxwell', 'Norman', 'Quentin', 'Raymond', 'Sebastian', 'Timothy', 'Wilfred', 'Ronald', 'Graham',
  ],
  surnameStems: [
    'Ash', 'Black', 'Brad', 'Brook', 'Cole', 'Cran', 'Dale', 'Dun', 'East', 'Fair', 'Fern', 'Fox', 'Gold', 'Green', 'Hal', 'Hart',
    'Hay', 'Hol', 'Kirk', 'Lang', 'Lock', 'Marsh', 'Mill', 'Mor', 'New', 'North', 'Oak', 'Pem', 'Red', 'Rich', 'Rose', 'Shel',
    'Stan', 'Stock', 'Sut', 'Thorn', 'Wat', 'West', 'White', 'Win', 'Wood', 'Bar', 'Crom', 'Elm', 'Gar', 'Lin', 'Ned', 'Pen',
  ],
  surnameEndings: [
    'ton', 'ley', 'field', 'wood', 'worth', 'ford', 'by', 'son', 'ham', 'well', 'man', 'er', 'ridge', 'stone', 'bury', 'more',
    'wick', 'land', 'brook', 'shaw', 'croft', 'hurst', 'dale', 'cott', 'ington', 'wright',
  ],
  cities: [
    'Leeds', 'Bristol', 'York', 'Norwich', 'Exeter', 'Glasgow', 'Cardiff', 'Brighton', 'Chester', 'Durham', 'Lincoln', 'Oxford',
    'Bath', 'Carlisle', 'Derby', 'Hull', 'Ipswich', 'Preston', 'Salisbury', 'Truro', 'Worcester', 'Dundee', 'Swansea', 'Reading',
  ],
  roles: [
    { f: 'nurse', m: 'nurse', family: 'nurse' },
    { f: 'doctor', m: 'doctor', family: 'doctor' },
    { f: 'surgeon', m: 'surgeon', family: 'doctor' },
    { f: 'police officer', m: 'police officer', family: 'police' },
    { f: 'detective', m: 'detective', family: 'police' },
    { f: 'teacher', m: 'teacher', family: 'teacher' },
    { f: 'solicitor', m: 'solicitor', family: 'legal' },
    { f: 'baker', m: 'baker', family: 'trade' },
    { f: 'hairdresser', m: 'hairdresser', family: 'trade' },
    { f: 'secretary', m: 'secretary', family: 'office' },
    { f: 'physiotherapist', m: 'physiotherapist', family: 'therapist' },
    { f: 'journalist', m: 'journalist', family: 'press' },
  ],
  eyeColours: ['blue', 'green', 'brown', 'grey'],
  hairColours: ['blond', 'black', 'red', 'brown', 'grey'],
  bodyParts: ['cheek', 'forehead', 'hand', 'shoulder', 'arm'],
  titleFirst: ['Old', 'New', 'Late', 'False', 'Quiet', 'Open', 'Last', 'Bitter', 'Small', 'Strange', 'Dark', 'Second'],
  titleSecond: ['Wounds', 'Roads', 'Truths', 'Shadows', 'Dreams', 'Questions', 'Traces', 'Confessions', 'Promises', 'Hours', 'Borders', 'Chances'],
  cast: [
    { first: 'Eleanor', last: 'Hartwell', gender: 'f', domain: 'hospital', short: 'Dr Hartwell', role: 'consultant surgeon' },
    { first: 'Martin', last: 'Hale', gender: 'm', domain: 'hospital', short: 'Dr Hale', role: 'registrar' },
    { first: 'Bridget', last: 'Doyle', gender: 'f', domain: 'hospital', short: 'Sister Doyle', role: 'ward sister' },
    { first: 'Femi', last: 'Adeyemi', gender: 'm', domain: 'hospital', short: 'Femi', role: 'staff nurse' },
    { first: 'Louis', last: 'Bennett', gender: 'm', domain: 'hospital', short: 'Dr Bennett', role: 'junior doctor' },
    { first: 'Louise', last: 'Bennett', gender: 'f', domain: 'town', short: 'Louise', role: 'physiotherapist' },
    { first: 'Graham', last: 'Pike', gender: 'm', domain: 'town', short: 'Pike', role: 'hospital manager' },
    { first: 'Rachel', last: 'Quinn', gender: 'f', domain: 'police', short: 'DI Quinn', role: 'detective inspector' },
    { first: 'Owen', last: 'Price', gender: 'm', domain: 'police', short: 'Price', role: 'detective sergeant' },
    { first: 'Tom', last: 'Fletcher', gender: 'm', domain: 'family', short: 'Tom', role: 'baker' },
    { first: 'Susan', last: 'Fletcher', gender: 'f', domain: 'family', short: 'Susan', role: 'teacher' },
    { first: 'Daniel', last: 'Fletcher', gender: 'm', domain: 'family', short: 'Daniel', role: 'schoolboy' },
    { first: 'Danielle', last: 'Fletcher', gender: 'f', domain: 'family', short: 'Danielle', role: 'schoolgirl' },
  ],
  patients: [
    'an elderly farmer', 'a young mother', 'a sixth-former', 'a cyclist', 'a builder', 'a woman from the care home',
    'a marathon runner', 'a pregnant woman', 'a man with no papers', 'a little girl', 'a motorcyclist', 'a tourist from Rotterdam',
  ],
  ailments: [
    'appendicitis', 'a broken wrist', 'concussion', 'a suspected heart attack', 'severe pneumonia', 'a deep cut', 'acute breathlessness',
    'a high fever', 'an allergic reaction', 'a slipped disc', 'severe stomach pains', 'smoke inhalation',
  ],
  cases: [
    'a break-in at the chemist', 'a string of car thefts', 'a missing teenager', 'forged prescriptions', 'a warehouse fire',
    'a raid on a corner shop', 'anonymous threatening letters', 'a hit-and-run on the ring road', 'stolen medicines', 'a charity fraud',
  ],
  places: [
    'in the canteen', 'in the car park', 'at the nurses\u2019 station', 'by the lifts', 'on the stairs', 'in A&E', 'at the coffee machine',
    'in the doctors\u2019 mess', 'on the roof terrace', 'in the waiting area',
  ],
  times: [
    'Early in the morning', 'Around midday', 'On the night shift', 'Just before the end of the shift', 'In the afternoon',
    'Before the ward round', 'Over lunch', 'Late in the evening',
  ],
  errands: [
    'last quarter\u2019s accounts', 'a pile of discharge letters', 'the new rota', 'a complaint from an insurer', 'the lab order',
    'a training application', 'the exam paperwork', 'a report for the coroner',
  ],
  moods: ['thoughtful', 'irritable', 'exhausted', 'relieved', 'hopeful', 'uneasy', 'cheerful', 'withdrawn'],
};

export const vocabularies: Record<Language, Vocabulary> = { de, en };
