// Hand-written continuity reports (German, English, and a generated large one) that the report and export tests render.
import type { Conflict, ContinuityReport, Entity, EpisodeRef, Fact } from '../types';

const ep = (index: number, title: string, file: string): EpisodeRef => ({ id: file.replace(/\.[^.]+$/, ''), title, file, index });

/** A German hospital series, five episodes, with every kind of trouble a writers' room meets (and hostile quotes). */
export function germanReport(): ContinuityReport {
  const episodes = [
    ep(0, 'Nachtdienst', '01-nachtdienst.md'),
    ep(1, 'Der Brief', '02-der-brief.md'),
    ep(2, 'Modellbahn', '03-modellbahn.md'),
    ep(3, 'Visite', '04-visite.md'),
    ep(4, 'Die Wahrheit', '05-die-wahrheit.md'),
  ];
  const ids = episodes.map((e) => e.id);
  const entities: Entity[] = [
    { id: 'kathrin', kind: 'character', name: 'Kathrin Globisch', aliases: ['Kathrin', 'Dr. Katrin'], mentions: 41, episodes: ids },
    { id: 'lukas', kind: 'character', name: 'Lukas Globisch', aliases: ['Lukas'], mentions: 23, episodes: [ids[0], ids[1], ids[2], ids[4]] },
    { id: 'friedrich', kind: 'character', name: 'Friedrich Brandt', aliases: ['Dr. Friedrich', 'Friedrich'], mentions: 17, episodes: [ids[0], ids[2], ids[4]] },
    { id: 'kreutzer', kind: 'character', name: 'Achim Kreutzer', aliases: ['Dr. Kreuzer'], mentions: 9, episodes: [ids[0], ids[1], ids[3]] },
    { id: 'bram', kind: 'character', name: 'Frau Bram', aliases: [], mentions: 4, episodes: [ids[3]] },
    { id: 'marien', kind: 'place', name: 'St. Marien', aliases: ['Marienkrankenhaus'], mentions: 12, episodes: ids },
  ];
  const facts: Fact[] = [
    { id: 'f1', subject: 'lukas', predicate: 'father', object: 'unbekannt', modality: 'believed', episode: '01-nachtdienst.md', quote: 'nachdem er von dem Tod seines Vaters gehört hat', start: 140, end: 187 },
    { id: 'f2', subject: 'friedrich', predicate: 'vital', object: 'dead', modality: 'believed', episode: '01-nachtdienst.md', quote: 'Alle denken, dass sein Vater gestorben ist', start: 190, end: 232 },
    { id: 'f3', subject: 'lukas', predicate: 'father', object: 'friedrich', modality: 'revealed', episode: '03-modellbahn.md', quote: 'Friedrich ist Lukas’ Vater – sie trafen sich auf der Modellbahnausstellung', start: 510, end: 584 },
    { id: 'f4', subject: 'kathrin', predicate: 'age', object: '42', modality: 'asserted', episode: '02-der-brief.md', quote: 'Kathrin, 42, liest den Brief zweimal', start: 12, end: 48 },
    { id: 'f5', subject: 'kathrin', predicate: 'age', object: '39', modality: 'asserted', episode: '04-visite.md', quote: 'die 39-jährige Ärztin', start: 300, end: 321 },
    { id: 'f6', subject: 'kreutzer', predicate: 'role', object: 'Leiter der neuen Abteilung', modality: 'asserted', episode: '01-nachtdienst.md', quote: 'Dr. Kreuzer, ein vielversprechender junger Arzt, wurde zum Leiter der neuen Abteilung ernannt', start: 900, end: 993 },
    { id: 'f7', subject: 'kathrin', predicate: 'attribute:eyes', object: 'grün', modality: 'asserted', episode: '01-nachtdienst.md', quote: 'ihre grünen Augen', start: 60, end: 77 },
    { id: 'f8', subject: 'friedrich', predicate: 'vital', object: 'alive', modality: 'asserted', episode: '05-die-wahrheit.md', quote: 'Friedrich steht in der Tür, lebendig.', start: 20, end: 57 },
  ];
  const conflicts: Conflict[] = [
    {
      id: 'spelling:kathrin:katrin', kind: 'spelling', severity: 'warning', status: 'open', entity: 'Kathrin Globisch',
      summary: 'Kathrin Globisch heißt in Folge 1 „Dr. Katrin“, in Folge 2 „Dr. Kathrin Globisch“.',
      evidence: [
        { episode: '01-nachtdienst.md', quote: 'Dr. Katrin', start: 52, end: 62 },
        { episode: '02-der-brief.md', quote: 'Dr. Kathrin Globisch', start: 3, end: 23 },
      ],
      fixes: [{ kind: 'rename', from: 'Katrin', to: 'Kathrin' }],
    },
    {
      id: 'spelling:kreutzer:kreuzer', kind: 'spelling', severity: 'warning', status: 'resolved', entity: 'Achim Kreutzer',
      summary: 'Achim Kreutzer heißt in Folge 1 „Dr. Kreuzer“, in Folge 2 „Dr. Achim Kreutzer“.',
      evidence: [
        { episode: '01-nachtdienst.md', quote: 'Dr. Kreuzer', start: 900, end: 911 },
        { episode: '02-der-brief.md', quote: 'Dr. Achim Kreutzer', start: 401, end: 419 },
      ],
      note: 'In Folge 1 korrigiert (Lektorat, 12.11.).',
    },
    {
      id: 'vital:friedrich', kind: 'vital-status', severity: 'error', status: 'intended', entity: 'Friedrich Brandt',
      summary: 'Friedrich gilt in Folge 1 als tot und lebt in Folge 5.',
      evidence: [
        { episode: '01-nachtdienst.md', quote: 'Alle denken, dass sein Vater gestorben ist', start: 190, end: 232 },
        { episode: '05-die-wahrheit.md', quote: 'Friedrich steht in der Tür, lebendig.', start: 20, end: 57 },
      ],
      note: 'Absicht: die Enthüllung am Staffelende. Bitte nicht „reparieren“!',
    },
    {
      id: 'relationship:lukas:father', kind: 'relationship', severity: 'error', status: 'open', entity: 'Lukas Globisch',
      summary: 'Lukas’ Vater ist in Folge 1 unbekannt und tot, in Folge 3 ist es Friedrich, den er längst kennt.',
      evidence: [
        { episode: '01-nachtdienst.md', quote: 'nachdem er von dem Tod seines Vaters gehört hat', start: 140, end: 187 },
        { episode: '03-modellbahn.md', quote: 'Friedrich ist Lukas’ Vater – sie trafen sich auf der Modellbahnausstellung', start: 510, end: 584 },
      ],
    },
    {
      id: 'age:kathrin', kind: 'age', severity: 'warning', status: 'open', entity: 'Kathrin',
      summary: 'Kathrin ist in Folge 2 42 Jahre alt, zwei Folgen später 39.',
      evidence: [
        { episode: '02-der-brief.md', quote: 'Kathrin, 42, liest den Brief zweimal', start: 12, end: 48 },
        { episode: '04-visite.md', quote: 'die 39-jährige Ärztin', start: 300, end: 321 },
      ],
    },
    {
      id: 'first-meeting:lukas:friedrich', kind: 'first-meeting', severity: 'info', status: 'open', entity: 'Lukas Globisch',
      summary: 'Lukas „trifft Friedrich zum ersten Mal“ in Folge 5, kannte ihn aber schon in Folge 3.',
      evidence: [
        { episode: '03-modellbahn.md', quote: 'sie trafen sich auf der Modellbahnausstellung', start: 539, end: 584 },
        { episode: '05-die-wahrheit.md', quote: 'Zum ersten Mal sieht Lukas ihm in die Augen: "Papa?"', start: 80, end: 131 },
      ],
    },
    {
      id: 'attribute:bram:script', kind: 'attribute', severity: 'info', status: 'open', entity: 'Frau Bram',
      summary: 'Frau Bram schreibt <script>alert("x")</script> & „Dinge“ auf den Zettel.',
      evidence: [
        { episode: '04-visite.md', quote: '=HYPERLINK("http://evil.example","klick") <img src=x onerror=alert(1)>', start: 10, end: 80 },
        { episode: '04-visite.md', quote: 'Zeile eins,\r\nZeile "zwei"; drei', start: 90, end: 120 },
      ],
    },
    {
      id: 'place:marien', kind: 'place', severity: 'warning', status: 'open', entity: 'St. Marien',
      summary: 'Das Krankenhaus liegt in Folge 2 in Köln, in Folge 4 in Düsseldorf.',
      evidence: [
        { episode: '02-der-brief.md', quote: 'das Marienkrankenhaus in Köln', start: 600, end: 629 },
        { episode: '04-visite.md', quote: 'St. Marien, Düsseldorfs ältestes Krankenhaus', start: 5, end: 49 },
      ],
    },
  ];
  return { schemaVersion: 1, project: { title: 'Station 7 – Staffel 2', language: 'de', episodes }, entities, facts, conflicts };
}

/** An English coastal drama, three episodes, including a character with an apostrophe in the name. */
export function englishReport(): ContinuityReport {
  const episodes = [ep(0, 'The Storm', 'ep1.fountain'), ep(1, 'Low Tide', 'ep2.fountain'), ep(2, 'Harbour Lights', 'ep3.fountain')];
  const entities: Entity[] = [
    { id: 'maggie', kind: 'character', name: "Maggie O'Brien", aliases: ['Maggie', "Meg O'Brian"], mentions: 30, episodes: ['ep1', 'ep2', 'ep3'] },
    { id: 'tom', kind: 'character', name: 'Tom Hale', aliases: ['Tom'], mentions: 18, episodes: ['ep1', 'ep3'] },
    { id: 'harbour', kind: 'place', name: 'Port Ellen', aliases: [], mentions: 6, episodes: ['ep1', 'ep2'] },
  ];
  const facts: Fact[] = [
    { id: 'e1', subject: 'tom', predicate: 'spouse', object: 'maggie', modality: 'asserted', episode: 'ep1.fountain', quote: "Tom, Maggie's husband of ten years", start: 44, end: 78 },
    { id: 'e2', subject: 'tom', predicate: 'spouse', object: 'maggie', modality: 'negated', episode: 'ep3.fountain', quote: 'Tom has never been married.', start: 210, end: 237 },
    { id: 'e3', subject: 'maggie', predicate: 'attribute:eyes', object: 'blue', modality: 'asserted', episode: 'ep2.fountain', quote: "Meg O'Brian's blue eyes", start: 5, end: 28 },
  ];
  const conflicts: Conflict[] = [
    {
      id: 'rel:tom:spouse', kind: 'relationship', severity: 'error', status: 'open', entity: 'Tom Hale',
      summary: 'Tom is Maggie\'s husband in episode 1 but "has never been married" in episode 3.',
      evidence: [
        { episode: 'ep1.fountain', quote: "Tom, Maggie's husband of ten years", start: 44, end: 78 },
        { episode: 'ep3.fountain', quote: 'Tom has never been married.', start: 210, end: 237 },
      ],
    },
    {
      id: 'spell:maggie', kind: 'spelling', severity: 'warning', status: 'intended', entity: "Maggie O'Brien",
      summary: "Maggie O'Brien is spelled \"Meg O'Brian\" in episode 2.",
      evidence: [
        { episode: 'ep1.fountain', quote: "Maggie O'Brien", start: 0, end: 14 },
        { episode: 'ep2.fountain', quote: "Meg O'Brian", start: 5, end: 16 },
      ],
      note: 'The harbour master mispronounces her name on purpose.',
    },
  ];
  return { schemaVersion: 1, project: { title: 'Harbour Lights', language: 'en', episodes }, entities, facts, conflicts };
}

/** A generated report the size of a long-running soap: `episodes` episodes, 120 characters, about 3 conflicts per episode. */
export function largeReport(episodeCount = 1000): ContinuityReport {
  const episodes = Array.from({ length: episodeCount }, (_, i) => ep(i, `Folge ${i + 1}`, `${String(i + 1).padStart(4, '0')}.md`));
  const names = Array.from({ length: 120 }, (_, i) => `Figur ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)} Nachname`);
  const entities: Entity[] = names.map((name, i) => ({
    id: `p${i}`,
    kind: 'character',
    name,
    aliases: i % 4 === 0 ? [`${name.split(' ')[1]}`] : [],
    mentions: 1000 - i,
    episodes: episodes.filter((_, e) => (e + i) % (1 + (i % 7)) === 0).map((e) => e.id),
  }));
  const kinds: Conflict['kind'][] = ['spelling', 'vital-status', 'relationship', 'role', 'age', 'place', 'attribute', 'first-meeting'];
  const severities: Conflict['severity'][] = ['error', 'warning', 'info'];
  const statuses: Conflict['status'][] = ['open', 'open', 'intended', 'resolved'];
  const conflicts: Conflict[] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < episodeCount * 3; i++) {
    const a = episodes[i % episodeCount];
    const b = episodes[(i * 7 + 3) % episodeCount];
    const who = names[i % names.length];
    conflicts.push({
      id: `c${i}`,
      kind: kinds[i % kinds.length],
      severity: severities[i % 3],
      status: statuses[i % 4],
      entity: who,
      summary: `${who} widerspricht sich zwischen ${a.title} und ${b.title}, "zitiert", mit Komma.`,
      evidence: [
        { episode: a.file, quote: `${who} sagt: „Ich war nie in Köln.“ <${i}>`, start: i, end: i + 30 },
        { episode: b.file, quote: `${who} erzählt von ihrer Zeit in Köln, Zeile ${i}.`, start: i + 5, end: i + 50 },
      ],
      ...(i % 4 >= 2 ? { note: `Entschieden in Sitzung ${i}` } : {}),
    });
    facts.push({
      id: `f${i}`, subject: `p${i % names.length}`, predicate: i % 2 ? 'lives-in' : 'age', object: i % 2 ? 'Köln' : String(30 + (i % 20)),
      modality: 'asserted', episode: a.file, quote: `${who} wohnt in Köln`, start: i, end: i + 20,
    });
  }
  return { schemaVersion: 1, project: { title: 'Lange Serie', language: 'de', episodes }, entities, facts, conflicts };
}
