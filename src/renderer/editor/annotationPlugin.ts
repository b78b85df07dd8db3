// Keeps the writer's annotations (this is a character, a place, an object, a belief) as decorations mapped through edits.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { Annotation } from '../../shared/contract';
import { docToText, posToTextOffset, textOffsetToPos } from './docText';
import { locateQuote } from './analysisPlugin';

export const annotationTags = ['character', 'place', 'object', 'belief'] as const;
export type AnnotationTag = (typeof annotationTags)[number];

export interface AnnotationState {
  /** Every annotation of the episode, orphaned ones included (kept, never dropped). */
  annotations: Annotation[];
  decorations: DecorationSet;
}

type Meta = { type: 'set'; annotations: Annotation[] } | { type: 'add'; annotation: Annotation; from: number; to: number } | { type: 'remove'; id: string };

export const annotationKey = new PluginKey<AnnotationState>('continuity-annotations');

const contextChars = 32;

/** The tag an annotation carries (its tagging body), if it is one of ours. */
export function annotationTag(annotation: Annotation): AnnotationTag | null {
  const value = annotation.body.find((b) => b.purpose === 'tagging')?.value;
  return (annotationTags as readonly string[]).includes(value ?? '') ? (value as AnnotationTag) : null;
}

function decoration(from: number, to: number, annotation: Annotation): Decoration {
  return Decoration.inline(from, to, { class: `cd-annotation cd-annotation-${annotationTag(annotation) ?? 'note'}`, 'data-annotation': annotation.id }, { annotationId: annotation.id });
}

function build(doc: PMNode, annotations: Annotation[]): DecorationSet {
  const text = docToText(doc);
  const decorations: Decoration[] = [];
  for (const annotation of annotations) {
    if (annotation.orphaned) continue;
    const [quote, position] = annotation.target.selector;
    const found = locateQuote(text, position.start, position.end, quote.exact);
    if (found) decorations.push(decoration(textOffsetToPos(doc, found[0]), textOffsetToPos(doc, found[1]), annotation));
  }
  return DecorationSet.create(doc, decorations);
}

export function annotationPlugin(): Plugin<AnnotationState> {
  return new Plugin<AnnotationState>({
    key: annotationKey,
    state: {
      init: () => ({ annotations: [], decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(annotationKey) as Meta | undefined;
        const decorations = tr.docChanged ? value.decorations.map(tr.mapping, tr.doc) : value.decorations;
        if (!meta) return decorations === value.decorations ? value : { ...value, decorations };
        if (meta.type === 'set') return { annotations: meta.annotations, decorations: build(state.doc, meta.annotations) };
        if (meta.type === 'add') {
          return { annotations: [...value.annotations, meta.annotation], decorations: decorations.add(state.doc, [decoration(meta.from, meta.to, meta.annotation)]) };
        }
        return {
          annotations: value.annotations.filter((a) => a.id !== meta.id),
          decorations: decorations.remove(decorations.find(undefined, undefined, (spec) => spec.annotationId === meta.id)),
        };
      },
    },
    props: { decorations: (state) => annotationKey.getState(state)?.decorations },
  });
}

/** A W3C Web Annotation for a range of the plain text: quote with context, and position. */
export function describeAnnotation(text: string, start: number, end: number, tag: AnnotationTag, source: string, id: string, now: string): Annotation {
  return {
    id,
    type: 'Annotation',
    created: now,
    motivation: 'tagging',
    body: [
      { type: 'TextualBody', value: tag, purpose: 'tagging' },
      { type: 'TextualBody', value: text.slice(start, end), purpose: 'identifying' },
    ],
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - contextChars), start), suffix: text.slice(end, end + contextChars) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

/** Annotates the selection; null when nothing is selected. */
export function addAnnotation(state: EditorState, tag: AnnotationTag, source: string, id: string, now = new Date().toISOString()): Transaction | null {
  const { from, to } = state.selection;
  if (from === to) return null;
  const text = docToText(state.doc);
  const annotation = describeAnnotation(text, posToTextOffset(state.doc, from), posToTextOffset(state.doc, to), tag, source, id, now);
  return state.tr.setMeta(annotationKey, { type: 'add', annotation, from, to } satisfies Meta).setMeta('addToHistory', false);
}

export function removeAnnotation(state: EditorState, id: string): Transaction {
  return state.tr.setMeta(annotationKey, { type: 'remove', id } satisfies Meta).setMeta('addToHistory', false);
}

export function setAnnotations(state: EditorState, annotations: Annotation[]): Transaction {
  return state.tr.setMeta(annotationKey, { type: 'set', annotations } satisfies Meta).setMeta('addToHistory', false);
}

/** The annotations as they stand now: selectors rewritten from where the edits moved them; orphaned ones as they were. */
export function currentAnnotations(state: EditorState): Annotation[] {
  const plugin = annotationKey.getState(state);
  if (!plugin) return [];
  const text = docToText(state.doc);
  const ranges = new Map(plugin.decorations.find().map((d) => [(d.spec as { annotationId: string }).annotationId, d]));
  return plugin.annotations.map((annotation) => {
    const range = ranges.get(annotation.id);
    if (!range) return annotation.orphaned ? annotation : { ...annotation, orphaned: true };
    const start = posToTextOffset(state.doc, range.from);
    const end = posToTextOffset(state.doc, range.to);
    const fresh = describeAnnotation(text, start, end, annotationTag(annotation) ?? 'character', annotation.target.source, annotation.id, annotation.created);
    const { orphaned: _gone, ...rest } = annotation;
    return { ...rest, target: fresh.target };
  });
}
