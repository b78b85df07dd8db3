// Keeps the writer's annotations (this is a character, a place, an object, a belief) as decorations mapped through edits.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { Annotation, AnnotationFact } from '../../shared/contract';
import { docToText, posToTextOffset, textOffsetToPos } from './docText';
import { locateQuote } from './analysisPlugin';

export const annotationTags = ['character', 'place', 'object', 'belief'] as const;
export type AnnotationTag = (typeof annotationTags)[number];
/** What an annotation says: one of the quick tags, or a fact (subject, relation, object) filled in through a form. */
export type AnnotationKind = AnnotationTag | 'fact';

export interface AnnotationState {
  /** Every annotation of the episode, orphaned ones included (kept, never dropped). */
  annotations: Annotation[];
  decorations: DecorationSet;
}

type Meta =
  | { type: 'set'; annotations: Annotation[] }
  | { type: 'add'; annotation: Annotation; from: number; to: number }
  | { type: 'remove'; id: string }
  | { type: 'update'; annotation: Annotation };

export const annotationKey = new PluginKey<AnnotationState>('continuity-annotations');

const contextChars = 32;

/** The tag an annotation carries (its tagging body), if it is one of ours; "fact" for a fact annotation. */
export function annotationTag(annotation: Annotation): AnnotationKind | null {
  const value = annotation.body.find((b) => b.purpose === 'tagging')?.value;
  if (value === 'fact' && annotation.fact) return 'fact';
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
        if (meta.type === 'update') {
          return { annotations: value.annotations.map((a) => (a.id === meta.annotation.id ? meta.annotation : a)), decorations };
        }
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
export function describeAnnotation(text: string, start: number, end: number, tag: AnnotationKind, source: string, id: string, now: string, fact?: AnnotationFact): Annotation {
  const annotation: Annotation = {
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
  if (fact) annotation.fact = fact;
  return annotation;
}

/** Annotates the selection (a fact annotation with its fact); null when nothing is selected. */
export function addAnnotation(state: EditorState, tag: AnnotationKind, source: string, id: string, now = new Date().toISOString(), fact?: AnnotationFact): Transaction | null {
  const { from, to } = state.selection;
  if (from === to || (tag === 'fact') !== !!fact) return null;
  const text = docToText(state.doc);
  const annotation = describeAnnotation(text, posToTextOffset(state.doc, from), posToTextOffset(state.doc, to), tag, source, id, now, fact);
  return state.tr.setMeta(annotationKey, { type: 'add', annotation, from, to } satisfies Meta).setMeta('addToHistory', false);
}

export function removeAnnotation(state: EditorState, id: string): Transaction {
  return state.tr.setMeta(annotationKey, { type: 'remove', id } satisfies Meta).setMeta('addToHistory', false);
}

/** Changes what an annotation says (a fact's subject, relation or object); its place in the text stays. */
export function updateAnnotationFact(state: EditorState, id: string, fact: AnnotationFact, now = new Date().toISOString()): Transaction | null {
  const annotation = annotationKey.getState(state)?.annotations.find((a) => a.id === id);
  if (!annotation) return null;
  return state.tr.setMeta(annotationKey, { type: 'update', annotation: { ...annotation, fact, modified: now } } satisfies Meta).setMeta('addToHistory', false);
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
