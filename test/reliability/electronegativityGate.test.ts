// The Electronegativity gate: findings above LOW need a written reason that points at a test proving it; the tool itself runs in the report.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without type declarations
import { gateFindings, parseFindings } from './harness/electronegativityGate.mjs';

const reasonsFile = new URL('./electronegativity-reasons.json', import.meta.url);
const sample = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","6:0","default-src \'none\'; script-src \'self\'","One or more CSP directives detected seems to be vulnerable",https://x',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/index.js","2099:16","const window = new BrowserWindow({","Review the use of the contextIsolation option",https://x',
  'NODE_INTEGRATION_HTML_CHECK,"INFORMATIONAL","FIRM","renderer/index.html","1:0",N/A,"x",https://x',
  'REMOTE_MODULE_JS_CHECK,"MEDIUM","TENTATIVE","main/other.js","1:1","x","Disable the remote module",https://x',
].join('\n');

describe('electronegativity gate', () => {
  it('parses the CSV with quoted commas, passes LOW, accepts reasoned findings and fails unreasoned ones', () => {
    const { reasons } = JSON.parse(readFileSync(reasonsFile, 'utf8'));
    const findings = parseFindings(sample);
    expect(findings.map((f: { check: string }) => f.check)).toEqual(['CSP_GLOBAL_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'NODE_INTEGRATION_HTML_CHECK', 'REMOTE_MODULE_JS_CHECK']);
    expect(findings[0].location).toBe('6:0');
    const gate = gateFindings(findings, reasons);
    expect(gate.low).toBe(2);
    expect(gate.explained.map((f: { check: string }) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(gate.unexplained.map((f: { check: string }) => f.check)).toEqual(['REMOTE_MODULE_JS_CHECK']);
  });

  it('every written reason names a test that exists', () => {
    const { reasons } = JSON.parse(readFileSync(reasonsFile, 'utf8')) as { reasons: { check: string; reason: string; evidence: string }[] };
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      expect(r.reason.length, r.check).toBeGreaterThan(20);
      const [file, name] = r.evidence.split(': ');
      const path = new URL(`../../${file}`, import.meta.url);
      expect(existsSync(path), r.evidence).toBe(true);
      expect(readFileSync(path, 'utf8'), r.evidence).toContain(name.replace(/'/g, "\\'"));
    }
  });
});
