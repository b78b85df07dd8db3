// G4: the renderer's conflict-decorations plugin mapping its DecorationSet through one typed character, in Node.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { Conflict, Episode, Mention, SeriesAnalysis } from '../src/engine/types';
import { percentile, timeOnce } from './measure';

/** The parts of src/renderer/editor the benchmark drives (loaded at run time: the renderer is type-checked with DOM types). */
interface AnalysisPluginModule {
  analysisPlugin(handlers: { onHover(): void; onOpen(): void }): Plugin;
  setAnalysis(state: EditorState, marks: { version: number; episodeFile: string; mentions: Mention[]; conflicts: Conflict[] }): Transaction;
  analysisKey: { getState(state: EditorState): { decorations: { find(): unknown[] } } | undefined };
}
interface DocTextModule {
  textToDoc(text: string): PMNode;
  textOffsetToPos(doc: PMNode, offset: number): number;
}

export interface DecorationResult {
  decorations: number;
  fewerDecorations: number;
  p95Ms: number;
  p95FewerMs: number;
  keystrokes: number;
  docChars: number;
}

async function loadRenderer(repoRoot: string): Promise<{ plugin: AnalysisPluginModule; docText: DocTextModule }> {
  const at = (file: string): string => pathToFileURL(join(repoRoot, 'src', 'renderer', 'editor', file)).href;
  const plugin = (await import(at('analysisPlugin.ts'))) as AnalysisPluginModule;
  const docText = (await import(at('docText.ts'))) as DocTextModule;
  return { plugin, docText };
}

/** One long document made of several episodes, with their mentions and evidence moved to its offsets. */
function joinEpisodes(episodes: Episode[], analysis: SeriesAnalysis, file: string): { text: string; mentions: Mention[]; conflicts: Conflict[] } {
  const offsetOf = new Map<string, number>();
  let offset = 0;
  for (const e of episodes) {
    offsetOf.set(e.file, offset);
    offset += e.text.length + 1;
  }
  const text = episodes.map((e) => e.text).join('\n');
  const mentions = episodes.flatMap((e) =>
    (analysis.mentions[e.file] ?? []).map((m) => ({ ...m, episode: file, start: m.start + offsetOf.get(e.file)!, end: m.end + offsetOf.get(e.file)! })),
  );
  const conflicts = analysis.report.conflicts
    .filter((c) => c.evidence.some((ev) => offsetOf.has(ev.episode)))
    .map((c) => ({
      ...c,
      evidence: c.evidence.filter((ev) => offsetOf.has(ev.episode)).map((ev) => ({ ...ev, episode: file, start: ev.start + offsetOf.get(ev.episode)!, end: ev.end + offsetOf.get(ev.episode)! })),
    }));
  return { text, mentions, conflicts };
}

/**
 * Types `keystrokes` characters into the middle of a document built from `episodes`, through EditorState.apply with the
 * analysis plugin holding the analysis' decorations, and again holding a tenth of them; p95 per keystroke of each.
 */
export async function runDecorationBench(repoRoot: string, episodes: Episode[], analysis: SeriesAnalysis, keystrokes: number): Promise<DecorationResult> {
  const { plugin, docText } = await loadRenderer(repoRoot);
  const file = 'bench-long-episode.md';
  const joined = joinEpisodes(episodes, analysis, file);
  const measure = (mentions: Mention[], conflicts: Conflict[]): { p95: number; count: number } => {
    let state = EditorState.create({ doc: docText.textToDoc(joined.text), plugins: [plugin.analysisPlugin({ onHover() {}, onOpen() {} })] });
    state = state.apply(plugin.setAnalysis(state, { version: 1, episodeFile: file, mentions, conflicts }));
    const count = plugin.analysisKey.getState(state)?.decorations.find().length ?? 0;
    const at = docText.textOffsetToPos(state.doc, Math.floor(joined.text.length / 2));
    const typed = 'Notaufnahme ';
    const times: number[] = [];
    for (let k = 0; k < keystrokes + 20; k++) {
      const tr = state.tr.insertText(typed[k % typed.length], at + k);
      const ms = timeOnce(() => {
        state = state.apply(tr);
      });
      if (k >= 20) times.push(ms);
    }
    return { p95: percentile(times, 95), count };
  };
  const all = measure(joined.mentions, joined.conflicts);
  const tenth = measure(
    joined.mentions.filter((_, i) => i % 10 === 0),
    joined.conflicts.filter((_, i) => i % 10 === 0),
  );
  return { decorations: all.count, fewerDecorations: tenth.count, p95Ms: all.p95, p95FewerMs: tenth.p95, keystrokes, docChars: joined.text.length };
}
