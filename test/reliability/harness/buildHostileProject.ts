// Builds a project full of hostile HTML/script payloads: episode files, titles, bible, decisions, and files run through every importer.
// Usage: node --import tsx buildHostileProject.ts DIR  → prints {"episodes": n, "payloads": n, "imported": {...}} on stdout.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../../src/main/store/projectStore';
import { importBytes } from '../../../src/main/importers/importFiles';
import { makeDocx } from '../../hostile/makeZip';
import { hostilePayloads } from './hostilePayloads';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// XML 1.0 cannot carry most control characters; the FDX and DOCX payloads drop them.
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const [dir] = process.argv.slice(2);
// NUL makes any file binary (importers and the store refuse it, see the NUL defect): the NUL payload loses its NUL here.
const payloads = hostilePayloads().map((p) => ({ ...p, text: p.text.replace(/\u0000/g, '') }));
const store = await openProject(dir, { create: true, title: 'Hostile <script>window.__pwned=["title"]</script>', language: 'de', watch: false });
const chunk = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

// 1. Episode files written through the store, the payload also in some titles.
let episodes = 0;
for (const [i, group] of chunk(payloads, 20).entries()) {
  const text = `# Folge ${i + 1}\n\nAnna Berger trifft Tom Kessler im Hafen.\n\n${group.map((p) => p.text).join('\n\n')}\n\nAnna Berger ist tot.\n`;
  await store.addEpisode({ title: i % 2 ? `Folge ${i + 1} ${group[0].text}`.slice(0, 400) : `Folge ${i + 1}`, text: text });
  episodes++;
}

// 2. The same payloads through every importer.
const imported: Record<string, number | string> = {};
const sources: [string, Uint8Array][] = [
  ['hostile.md', Buffer.from(`# Folge Markdown\n\n${payloads.map((p) => p.text).join('\n\n')}\n`)],
  ['hostile.txt', Buffer.from(`Folge Text\n\n${payloads.map((p) => p.text).join('\n')}\n`)],
  [
    'hostile.fountain',
    Buffer.from(`Title: Hostile <script>x</script>\n\nINT. HAFEN - NACHT\n\n${payloads.map((p) => `ANNA\n${p.text}\n\n${p.text}\n`).join('\n')}`),
  ],
  [
    'hostile.fdx',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><FinalDraft DocumentType="Script" Version="5"><Content>` +
        `<Paragraph Type="Scene Heading"><Text>INT. HAFEN - NACHT</Text></Paragraph>` +
        payloads
          .map((p) => `<Paragraph Type="Character"><Text>ANNA</Text></Paragraph><Paragraph Type="Dialogue"><Text>${escapeXml(xmlSafe(p.text))}</Text></Paragraph><Paragraph Type="Action"><Text>${escapeXml(xmlSafe(p.text))}</Text></Paragraph>`)
          .join('') +
        `</Content></FinalDraft>`,
    ),
  ],
  ['hostile.docx', makeDocx([{ text: 'Folge Word', style: 'Heading1' }, ...payloads.map((p) => ({ text: xmlSafe(p.text) }))])],
];
for (const [name, bytes] of sources) {
  try {
    const result = await importBytes(bytes, name);
    for (const e of result.episodes) {
      await store.addEpisode({ title: `${name}: ${e.title}`.slice(0, 400), text: e.text.replace(/\u0000/g, '') });
      episodes++;
    }
    imported[name] = result.episodes.length;
  } catch (e) {
    imported[name] = `failed: ${(e as Error).message}`;
  }
}

// 3. Bible and decisions with payloads (shown in panels and tooltips).
await store.writeBible({
  entities: [{ id: 'anna', kind: 'character', name: 'Anna Berger', aliases: ['<img src=x onerror="window.__pwned=[\'bible\']">'] }],
  facts: [{ subject: 'Anna Berger', predicate: 'is', object: '<script>window.__pwned=["fact"]</script>', note: '<svg onload="window.__pwned=[\'note\']">' }],
  notNames: [],
  distinct: [],
});
await store.close();
writeFileSync(join(dir, 'hostile-summary.json'), JSON.stringify({ episodes, payloads: payloads.length, imported }));
process.stdout.write(`${JSON.stringify({ episodes, payloads: payloads.length, imported })}\n`);
