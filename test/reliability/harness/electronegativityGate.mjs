// Runs Electronegativity on the built app and decides which findings above LOW lack a written reason (plain ESM, used by the report script and a test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const electronegativityPackage = '@doyensec/electronegativity@1.10.3';
const severityRank = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

/** Splits one CSV line with quoted fields ("a, b" stays one field; "" is a quote). */
function splitCsvLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

/** Parses Electronegativity's CSV output into findings {check, severity, confidence, file, location, description}. */
export function parseFindings(csv) {
  return csv
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [check, severity, confidence, file, location, , description] = splitCsvLine(l);
      return { check, severity: severity.toUpperCase(), confidence, file, location, description };
    });
}

/** Findings above LOW without a reason are failures; LOW and below are recorded only. */
export function gateFindings(findings, reasons) {
  const explained = [];
  const unexplained = [];
  let low = 0;
  for (const f of findings) {
    if ((severityRank[f.severity] ?? 4) <= severityRank.LOW) {
      low++;
      continue;
    }
    const reason = reasons.find((r) => r.check === f.check && (!r.file || f.file.replace(/\\/g, '/').endsWith(r.file)));
    if (reason) explained.push({ ...f, reason: reason.reason });
    else unexplained.push(f);
  }
  return { explained, unexplained, low };
}

/**
 * Runs the tool with npx on `outDir` (the built app); returns {skipped: reason} when it cannot run here,
 * else the suite figures.
 */
export function runElectronegativity({ outDir, reasonsFile, electronVersion, timeoutMs = 300_000 }) {
  if (!existsSync(join(outDir, 'main')) || !existsSync(join(outDir, 'preload'))) {
    return { skipped: `the app is not built (${outDir}/main and /preload missing): run npm run build` };
  }
  const csv = join(mkdtempSync(join(tmpdir(), 'cd-eneg-')), 'findings.csv');
  const args = ['-y', electronegativityPackage, '-i', outDir, '-o', csv, '-r', '-e', electronVersion];
  const run = spawnSync('npx', args, { encoding: 'utf8', timeout: timeoutMs });
  if (run.error || !existsSync(csv)) {
    const why = run.error?.message ?? (run.stderr || run.stdout || '').split('\n').filter(Boolean).slice(-2).join(' ');
    return { skipped: `Electronegativity could not run here (npx ${electronegativityPackage}): ${why.slice(0, 300)}` };
  }
  const findings = parseFindings(readFileSync(csv, 'utf8'));
  const { reasons } = JSON.parse(readFileSync(reasonsFile, 'utf8'));
  const gate = gateFindings(findings, reasons);
  return {
    runs: findings.length,
    failures: gate.unexplained.length,
    findings,
    ...gate,
    summary:
      `${findings.length} findings on out/ (Electron ${electronVersion}): ${gate.low} low, ${gate.explained.length} above low with a written reason` +
      (gate.unexplained.length ? `, ${gate.unexplained.length} above low WITHOUT a reason: ${gate.unexplained.map((f) => `${f.check} ${f.severity} ${f.file}:${f.location}`).join(', ')}` : ''),
  };
}
