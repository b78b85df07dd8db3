// Checks which lines of an episode read as scene headings, cues, dialogue and parentheticals, and that synopses stay prose.
import { describe, expect, it } from 'vitest';
import { classifyLines, isCueLine, isSceneHeadingLine } from './screenplayLines';

const kinds = (text: string) => classifyLines(text.split('\n'));

describe('classifyLines', () => {
  it('reads an imported German script: scene heading, action, cue, parenthetical, dialogue', () => {
    const text = '# Folge 3\n\nINNEN. KÜCHE – TAG\n\nAnna deckt den Tisch.\n\nANNA\n(leise)\nWo warst du?\nIch habe gewartet.\n\nLUKAS (O.S.)\nIm Hafen.\n';
    expect(kinds(text)).toEqual([
      'heading', 'paragraph', 'scene_heading', 'paragraph', 'paragraph', 'paragraph',
      'character', 'parenthetical', 'dialogue', 'dialogue', 'paragraph', 'character', 'dialogue', 'paragraph',
    ]);
  });

  it('knows English and German scene headings, capitals only', () => {
    for (const line of ['INT. KÜCHE – TAG', 'EXT. HARBOUR - NIGHT', 'INT./EXT. AUTO – NACHT', 'AUSSEN. HOF – MORGEN', 'I/E WAGEN', 'EST. CITY']) {
      expect(isSceneHeadingLine(line), line).toBe(true);
    }
    for (const line of ['Innen ist es still.', 'Interessant, sagt Anna.', 'EXTRA', 'int. kitchen']) expect(isSceneHeadingLine(line), line).toBe(false);
  });

  it('knows a cue by its capitals, extensions allowed, transitions and prose not', () => {
    for (const line of ['ANNA', 'DR. KATHRIN GLOBISCH', "STEEL (cont'd)", 'BRICK (V.O.) ^', 'JÜRGEN']) expect(isCueLine(line), line).toBe(true);
    for (const line of ['Anna', 'CUT TO:', '# TITEL', '', 'ANNA sagt etwas', '(leise)']) expect(isCueLine(line), line).toBe(false);
  });

  it('a capitals line needs a blank line before it and a line after it to be a cue', () => {
    const text = 'INT. FLUR – NACHT\n\nBANG!\n\nEin Schuss.\nANNA\nDas war nah.\n\nTOM\nLauf!';
    const result = kinds(text);
    expect(result[2]).toBe('paragraph'); // nothing follows directly
    expect(result[5]).toBe('paragraph'); // no blank line before
    expect(result[6]).toBe('paragraph');
    expect(result[8]).toBe('character');
    expect(result[9]).toBe('dialogue');
  });

  it('leaves a synopsis as paragraphs and headings, even with one line in capitals', () => {
    const text = '# Folge 1: Nachtdienst\n\nINNEN ist es dunkel, sagt der Text nicht.\n\nNOTAUFNAHME\nKathrin kommt zu spät.\n\nLukas wartet.';
    expect(new Set(kinds(text))).toEqual(new Set(['heading', 'paragraph']));
  });

  it('takes a script without scene headings when it has two speeches', () => {
    const result = kinds('ANNA\nHallo.\n\nTOM\nHallo zurück.');
    expect(result).toEqual(['character', 'dialogue', 'paragraph', 'character', 'dialogue']);
  });
});
