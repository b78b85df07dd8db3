// Deterministic varied episode text for the reliability suites: growing and shrinking, German/English, accents, emoji, long lines.

/** A small seeded PRNG (mulberry32) so a failing run can be repeated from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['Anna', 'Berger', 'Kommissarin', 'Hafen', 'Straße', 'Müller', 'Tom', 'Kessler', 'meets', 'the', 'detective',
  'in', 'Hamburg', 'Öl', 'café', 'naïve', '—', '„Zitat“', '😀', '漢字', 'ß', 'Ärger', 'said', 'dead', 'alive', 'again'];

/** Text of a random length up to `maxChars` (sometimes empty), with \n line endings only and no BOM or control characters. */
export function varyingText(random: () => number, maxChars: number): string {
  const r = random();
  if (r < 0.03) return '';
  const target = Math.floor(random() * maxChars);
  const parts: string[] = [];
  let len = 0;
  while (len < target) {
    const w = words[Math.floor(random() * words.length)];
    const sep = random() < 0.08 ? '\n' : random() < 0.02 ? '\n\n' : ' ';
    parts.push(w, sep);
    len += w.length + 1;
  }
  return parts.join('');
}
