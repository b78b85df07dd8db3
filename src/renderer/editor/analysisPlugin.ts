// Keeps the analysis marks of the open episode (underlined names, flagged conflicts) in a plugin's state, mapped through every edit.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { Conflict, EntityKind, Mention, Severity } from '../../engine/types';
import { textOffsetMapper } from './textOffsetMapper';

/** What one analysis run says about the open episode. */
export interface AnalysisMarks {
  version: number;
  /** File name of the open episode: evidence and mentions are matched against it. */
  episodeFile: string;
  mentions: Mention[];
  conflicts: Conflict[];
  /** Kind per entity id (from the series report), so characters and places are drawn differently. */
  entityKinds?: Record<string, EntityKind>;
}

export interface AnalysisState {
  version: number;
  decorations: DecorationSet;
  /** The conflict the writer is looking at (drawn stronger), if any. */
  activeConflict: string | null;
}

type AnalysisMeta = { type: 'set'; marks: AnalysisMarks } | { type: 'focus'; conflictId: string | null };

/** Callbacks the flags call when the writer points at or clicks them. */
export interface FlagHandlers {
  onHover(conflictIds: string[] | null, anchor: HTMLElement | null): void;
  onOpen(conflictIds: string[]): void;
}

export const analysisKey = new PluginKey<AnalysisState>('continuity-analysis');

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Finds where a quoted passage stands now: at its offsets if the text there still matches, otherwise at the nearest
 * place the quote occurs (the writer may have typed since the analysis ran), or nowhere.
 */
export function locateQuote(text: string, start: number, end: number, quote: string): [number, number] | null {
  if (!quote) return null;
  if (text.slice(start, end) === quote) return [start, end];
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best >= 0 ? [best, best + quote.length] : null;
}

function flagIcon(severity: Severity, ids: string[]): (view: EditorView) => HTMLElement {
  return () => {
    const icon = document.createElement('span');
    icon.className = `cd-flag cd-flag-${severity}`;
    icon.dataset.conflicts = ids.join(' ');
    icon.setAttribute('role', 'button');
    icon.setAttribute('aria-label', severity);
    icon.textContent = severity === 'info' ? 'i' : '!';
    return icon;
  };
}

/** Builds the decorations for one analysis result against the current document. */
export function buildDecorations(doc: PMNode, marks: AnalysisMarks, activeConflict: string | null): DecorationSet {
  // One pass over the document for every mention and passage (not one walk over all blocks per offset).
  const mapper = textOffsetMapper(doc);
  const text = mapper.text;
  const decorations: Decoration[] = [];
  const toRange = (start: number, end: number, quote: string): [number, number] | null => {
    const found = locateQuote(text, start, end, quote);
    if (!found) return null;
    const from = mapper.toPos(found[0]);
    const to = mapper.toPos(found[1]);
    return to > from ? [from, to] : null;
  };
  for (const mention of marks.mentions) {
    if (mention.episode !== marks.episodeFile) continue;
    const range = toRange(mention.start, mention.end, mention.text);
    const kind = marks.entityKinds?.[mention.entity] ?? 'character';
    if (range) decorations.push(Decoration.inline(range[0], range[1], { class: `cd-mention cd-mention-${kind}`, 'data-entity': mention.entity }, { entity: mention.entity }));
  }
  /** Flags per passage start (drawn in the gutter beside its line): the worst severity wins the icon, every conflict there is listed on it. */
  const lineFlags = new Map<number, { severity: Severity; ids: string[] }>();
  for (const conflict of marks.conflicts) {
    if (conflict.status !== 'open') continue;
    const rename = conflict.fixes?.find((f) => f.kind === 'rename');
    for (const evidence of conflict.evidence) {
      if (evidence.episode !== marks.episodeFile) continue;
      const range = toRange(evidence.start, evidence.end, evidence.quote);
      if (!range) continue;
      // A spelling conflict cites the usual spelling too: that passage is only related, drawn softly and not flagged.
      if (rename?.kind === 'rename' && !(evidence.quote.includes(rename.from) && !evidence.quote.includes(rename.to))) {
        decorations.push(
          Decoration.inline(range[0], range[1], { class: 'cd-conflict-related', 'data-conflicts': conflict.id }, { relatedConflictId: conflict.id }),
        );
        continue;
      }
      const active = conflict.id === activeConflict ? ' cd-conflict-active' : '';
      decorations.push(
        Decoration.inline(
          range[0],
          range[1],
          { class: `cd-conflict cd-conflict-${conflict.severity}${active}`, 'data-conflicts': conflict.id },
          { conflictId: conflict.id, severity: conflict.severity },
        ),
      );
      const flag = lineFlags.get(range[0]) ?? { severity: conflict.severity, ids: [] };
      if (severityRank[conflict.severity] < severityRank[flag.severity]) flag.severity = conflict.severity;
      if (!flag.ids.includes(conflict.id)) flag.ids.push(conflict.id);
      lineFlags.set(range[0], flag);
    }
  }
  for (const [pos, flag] of lineFlags) {
    decorations.push(
      Decoration.widget(pos, flagIcon(flag.severity, flag.ids), {
        side: -1,
        key: `flag-${flag.severity}-${flag.ids.join(',')}`,
        ignoreSelection: true,
        conflictIds: flag.ids,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** Redraws the inline marks of the previously and newly focused conflicts only. */
function refocus(doc: PMNode, set: DecorationSet, from: string | null, to: string | null): DecorationSet {
  const touched = set.find(undefined, undefined, (spec) => spec.conflictId !== undefined && (spec.conflictId === from || spec.conflictId === to));
  if (touched.length === 0) return set;
  const replaced = touched.map((deco) => {
    const spec = deco.spec as { conflictId: string; severity: Severity };
    const active = spec.conflictId === to ? ' cd-conflict-active' : '';
    return Decoration.inline(deco.from, deco.to, { class: `cd-conflict cd-conflict-${spec.severity}${active}`, 'data-conflicts': spec.conflictId }, spec);
  });
  return set.remove(touched).add(doc, replaced);
}

function conflictIdsAt(target: EventTarget | null): { ids: string[]; element: HTMLElement } | null {
  const element = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-conflicts]') : null;
  const ids = element?.dataset.conflicts?.split(' ').filter(Boolean);
  return element && ids && ids.length > 0 ? { ids, element } : null;
}

/** The plugin: decorations mapped through each transaction, replaced only by a newer analysis version. */
export function analysisPlugin(handlers: FlagHandlers): Plugin<AnalysisState> {
  // A tooltip that offers a quick fix stays while the pointer moves onto it, and while it is hovered.
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(hideTimer);
    const tip = document.querySelector<HTMLElement>('.cd-tooltip-interactive');
    if (!tip) {
      handlers.onHover(null, null);
      return;
    }
    hideTimer = setTimeout(() => {
      if (tip.isConnected && tip.matches(':hover')) tip.addEventListener('mouseleave', hide, { once: true });
      else handlers.onHover(null, null);
    }, 250);
  };
  return new Plugin<AnalysisState>({
    key: analysisKey,
    state: {
      init: () => ({ version: -1, decorations: DecorationSet.empty, activeConflict: null }),
      apply(tr, value, _old, newState) {
        const meta = tr.getMeta(analysisKey) as AnalysisMeta | undefined;
        if (meta?.type === 'set') {
          if (meta.marks.version < value.version) return mapState(tr, value);
          return { version: meta.marks.version, activeConflict: value.activeConflict, decorations: buildDecorations(newState.doc, meta.marks, value.activeConflict) };
        }
        const mapped = mapState(tr, value);
        if (meta?.type === 'focus') {
          return { ...mapped, activeConflict: meta.conflictId, decorations: refocus(newState.doc, mapped.decorations, value.activeConflict, meta.conflictId) };
        }
        return mapped;
      },
    },
    props: {
      decorations: (state) => analysisKey.getState(state)?.decorations,
      handleDOMEvents: {
        mouseover(_view, event) {
          const hit = conflictIdsAt(event.target);
          if (hit) {
            clearTimeout(hideTimer);
            handlers.onHover(hit.ids, hit.element);
          } else hide();
          return false;
        },
        mouseleave() {
          hide();
          return false;
        },
        mousedown(_view, event) {
          const target = event.target instanceof HTMLElement ? event.target : null;
          const hit = target?.classList.contains('cd-flag') ? conflictIdsAt(target) : null;
          if (!hit) return false;
          event.preventDefault();
          handlers.onOpen(hit.ids);
          return true;
        },
      },
    },
  });
}

function mapState(tr: Transaction, value: AnalysisState): AnalysisState {
  if (!tr.docChanged) return value;
  return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
}

/** A transaction that hands a new analysis result to the plugin (ignored if older than what it shows). */
export function setAnalysis(state: EditorState, marks: AnalysisMarks): Transaction {
  return state.tr.setMeta(analysisKey, { type: 'set', marks } satisfies AnalysisMeta).setMeta('addToHistory', false);
}

/** A transaction that draws one conflict as the focused one. */
export function focusConflict(state: EditorState, conflictId: string | null): Transaction {
  return state.tr.setMeta(analysisKey, { type: 'focus', conflictId } satisfies AnalysisMeta).setMeta('addToHistory', false);
}

/** Document ranges where a conflict is currently flagged in the open episode, in document order. */
export function conflictRanges(state: EditorState, conflictId: string): { from: number; to: number }[] {
  const set = analysisKey.getState(state)?.decorations ?? DecorationSet.empty;
  return set
    .find(undefined, undefined, (spec) => spec.conflictId === conflictId)
    .map((d) => ({ from: d.from, to: d.to }))
    .sort((a, b) => a.from - b.from);
}
