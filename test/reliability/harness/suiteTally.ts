// Counts runs and failures of one reliability suite and writes them as a JSON file for scripts/testReport.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The figures of one suite, as they appear in reports/reliability.json. */
export interface SuiteFigures {
  id: string;
  runs: number;
  failures: number;
  skipped: number;
  summary: string;
  /** First few failure descriptions, for the Markdown report. */
  failureDetails: string[];
}

export interface SuiteTally {
  /** Records one checked scenario; `detail` says what went wrong when ok is false. */
  run(ok: boolean, detail?: string): void;
  skip(reason: string): void;
  /** Adds a note to the summary (e.g. a figure such as "42 temp files left"). */
  note(text: string): void;
  figures(): SuiteFigures;
  /** Writes the figures to $RELIABILITY_OUT/<id>.json when that variable is set (report mode). */
  write(): void;
}

/** Creates the tally of suite `id`; `describe` is the one-line description used in the summary. */
export function suiteTally(id: string, describe: string): SuiteTally {
  let runs = 0;
  let failures = 0;
  let skipped = 0;
  const details: string[] = [];
  const notes: string[] = [];
  const figures = (): SuiteFigures => ({
    id,
    runs,
    failures,
    skipped,
    summary: [`${describe}: ${runs} runs, ${failures} failures${skipped ? `, ${skipped} skipped` : ''}`, ...notes].join('; '),
    failureDetails: details.slice(0, 10),
  });
  return {
    run(ok, detail) {
      runs++;
      if (!ok) {
        failures++;
        if (detail) details.push(detail);
      }
    },
    skip(reason) {
      skipped++;
      notes.push(`skipped: ${reason}`);
    },
    note(text) {
      notes.push(text);
    },
    figures,
    write() {
      const dir = process.env.RELIABILITY_OUT;
      if (!dir) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${id}.json`), `${JSON.stringify(figures(), null, 2)}\n`);
    },
  };
}
