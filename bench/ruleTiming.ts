// Times each conflict rule on the rule input of a generated 1,000-episode series (run twice: cold and warm).
import { createAnalyzer } from '../src/engine/createAnalyzer';
import { rules } from '../src/engine/rules/index';
import { emptyBible } from '../src/engine/types';
import { generateSeries } from './generateSeries';
const episodes = generateSeries({ episodes: 1000, language: 'de', seed: 3 }).episodes;
const a = createAnalyzer().analyze(episodes);
const input = { episodes: a.report.project.episodes.map((e) => ({ ...e, language: 'de' as const })), entities: a.report.entities, facts: a.report.facts, mentions: a.mentions, bible: emptyBible() };
console.log('facts', input.facts.length, 'entities', input.entities.length);
for (let rep = 0; rep < 2; rep++) for (const r of rules) { const t = performance.now(); const n = r(input).length; console.log(r.name, n, (performance.now() - t).toFixed(0), 'ms'); }
