// Checks annotations: made from the selection, kept on their words through edits, saved with fresh selectors.
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { textToDoc } from './docText';
import { addAnnotation, annotationPlugin, annotationTag, currentAnnotations, removeAnnotation, setAnnotations, updateAnnotationFact } from './annotationPlugin';

const text = '# Folge 1\n\nDr. Katrin Globisch operiert. Lukas glaubt, sein Vater sei tot.';
const make = () => EditorState.create({ doc: textToDoc(text), plugins: [annotationPlugin()] });
const select = (state: EditorState, word: string) => {
  let pos = -1;
  state.doc.descendants((node, at) => {
    if (pos < 0 && node.isText && node.text!.includes(word)) pos = at + node.text!.indexOf(word);
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos, pos + word.length)));
};

describe('annotationPlugin', () => {
  it('annotates the selection as a W3C annotation with quote, context and position', () => {
    let state = select(make(), 'Katrin Globisch');
    state = state.apply(addAnnotation(state, 'character', 'episodes/01.md', 'a1', '2026-11-23T12:00:00Z')!);
    const [a] = currentAnnotations(state);
    expect(annotationTag(a)).toBe('character');
    expect(a.target.source).toBe('episodes/01.md');
    expect(a.target.selector[0]).toMatchObject({ exact: 'Katrin Globisch', prefix: '# Folge 1\n\nDr. ', suffix: ' operiert. Lukas glaubt, sein Va' });
    expect(a.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: text.indexOf('Katrin'), end: text.indexOf('Katrin') + 15 });
  });

  it('follows its words when text is typed before them, and can be removed', () => {
    let state = select(make(), 'sein Vater sei tot');
    state = state.apply(addAnnotation(state, 'belief', 'e.md', 'b1')!);
    state = state.apply(state.tr.insertText('Heute: ', 12));
    const [a] = currentAnnotations(state);
    const moved = text.replace('\n\n', '\n\nHeute: ');
    expect(a.target.selector[1].start).toBe(moved.indexOf('sein Vater'));
    expect(a.target.selector[0].exact).toBe('sein Vater sei tot');
    state = state.apply(removeAnnotation(state, 'b1'));
    expect(currentAnnotations(state)).toEqual([]);
  });

  it('loads stored annotations and keeps an orphaned one instead of dropping it', () => {
    let state = select(make(), 'Lukas');
    state = state.apply(addAnnotation(state, 'character', 'e.md', 'c1')!);
    const stored = currentAnnotations(state);
    const lost = { ...stored[0], id: 'gone', orphaned: true };
    let fresh = make();
    fresh = fresh.apply(setAnnotations(fresh, [...stored, lost]));
    expect(currentAnnotations(fresh).map((a) => [a.id, a.target.selector[0].exact, !!a.orphaned])).toEqual([
      ['c1', 'Lukas', false],
      ['gone', 'Lukas', true],
    ]);
    expect(addAnnotation(make(), 'place', 'e.md', 'x')).toBeNull();
  });

  it('a fact annotation carries subject, relation and object, follows its words, and its fact can be edited', () => {
    let state = select(make(), 'sein Vater sei tot');
    expect(addAnnotation(state, 'fact', 'e.md', 'f0')).toBeNull(); // a fact needs its fact
    const fact = { subject: 'Lukas', predicate: 'vital', object: 'dead' };
    state = state.apply(addAnnotation(state, 'fact', 'e.md', 'f1', '2026-11-23T12:00:00Z', fact)!);
    state = state.apply(state.tr.insertText('Nachts. ', 12));
    let [a] = currentAnnotations(state);
    expect(annotationTag(a)).toBe('fact');
    expect(a.fact).toEqual(fact);
    expect(a.target.selector[0].exact).toBe('sein Vater sei tot');
    state = state.apply(updateAnnotationFact(state, 'f1', { subject: 'Lukas', predicate: 'father', object: 'tot' }, '2026-11-23T13:00:00Z')!);
    [a] = currentAnnotations(state);
    expect(a.fact).toEqual({ subject: 'Lukas', predicate: 'father', object: 'tot' });
    expect(a.modified).toBe('2026-11-23T13:00:00Z');
    expect(a.target.selector[1].start).toBe(text.replace('\n\n', '\n\nNachts. ').indexOf('sein Vater'));
    expect(updateAnnotationFact(state, 'nope', fact)).toBeNull();
  });
});
