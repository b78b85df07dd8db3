// The JSON export is schema v1 exactly: validated against the shipped JSON Schema with ajv.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { resolveReportOptions } from '../../engine/report/buildReportModel';
import { englishReport, germanReport, largeReport } from '../../engine/report/sampleReports';
import type { ContinuityReport } from '../../engine/types';
import { renderJson } from './renderJson';

const schema = JSON.parse(readFileSync(new URL('../../../resources/schema/continuity-report.v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const render = (report: ContinuityReport, options = {}) => JSON.parse(renderJson(report, resolveReportOptions(report, options)));

describe('renderJson', () => {
  it('validates against the schema for German, English and large reports', () => {
    for (const report of [germanReport(), englishReport(), largeReport(40)]) {
      const json = render(report);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('keeps the full report unchanged with default options, notes and quick fixes included', () => {
    const report = germanReport();
    expect(render(report)).toEqual(report);
  });

  it('drops fields the schema does not know and narrows conflicts and facts to the options', () => {
    const report = germanReport();
    (report.conflicts[0] as unknown as Record<string, unknown>).debugScore = 0.93;
    const json = render(report, { minSeverity: 'error', includeDecided: false, fromEpisode: 0, toEpisode: 2 });
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.conflicts.map((c: { id: string }) => c.id)).toEqual(['relationship:lukas:father']);
    expect(json.facts.every((f: { episode: string }) => !f.episode.startsWith('04') && !f.episode.startsWith('05'))).toBe(true);
    expect(json.project.episodes).toHaveLength(5);
  });

  it('the schema rejects what design §4.2 does not allow', () => {
    const bad = render(germanReport());
    bad.conflicts[0].severity = 'fatal';
    expect(validate(bad)).toBe(false);
    const noEvidence = render(germanReport());
    noEvidence.conflicts[1].evidence = [];
    expect(validate(noEvidence)).toBe(false);
    const wrongVersion = { ...render(germanReport()), schemaVersion: 2 };
    expect(validate(wrongVersion)).toBe(false);
  });
});
