// Checks that incremental re-analysis after edits (text, names, removal, belief ranges) equals a fresh analysis.
import { createAnalyzer } from '../src/engine/createAnalyzer';
import { analyzeSeries } from '../src/engine/analyzeSeries';
import { generateSeries } from './generateSeries';
let bad = 0;
for (const language of ['de', 'en'] as const) {
  const eps = generateSeries({ episodes: 80, language, seed: 5 }).episodes;
  const an = createAnalyzer();
  an.analyze(eps);
  let cur = eps;
  const edits = [
    (e: typeof eps) => e.map((x, j) => (j === 3 ? { ...x, text: x.text + ' y' } : x)),
    (e: typeof eps) => e.map((x, j) => (j === 10 ? { ...x, text: x.text.replace(/\b([A-ZÄÖÜ][a-zäöüß]+)\b/u, '$1x') } : x)),
    (e: typeof eps) => e.map((x, j) => (j === 0 ? { ...x, text: x.text.replace(/\b([A-ZÄÖÜ][a-zäöüß]{3,})\b/gu, 'Q$1') } : x)),
    (e: typeof eps) => e.filter((_, j) => j !== 5),
    (e: typeof eps) => e.map((x, j) => (j === 7 ? { ...x, id: x.id } : x)),
  ];
  for (const [k, ed] of edits.entries()) {
    cur = ed(cur);
    const beliefs = k === 4 ? { [cur[7].file]: [{ start: 0, end: 400 }] } : undefined;
    const a = JSON.stringify(an.analyze(cur, { beliefs }));
    const b = JSON.stringify(analyzeSeries(cur, { beliefs }));
    if (a !== b) { bad++; console.log('MISMATCH', language, k); }
  }
  const a = JSON.stringify(an.analyze(cur));
  if (a !== JSON.stringify(analyzeSeries(cur))) { bad++; console.log('MISMATCH after beliefs removed', language); }
}
console.log(bad ? 'BAD' : 'incremental == fresh');
