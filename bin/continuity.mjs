#!/usr/bin/env node
// The `continuity` command: runs the built CLI in out/cli (build it with `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../out/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('continuity: not built yet: run `npm run build` in the Continuity Desk checkout first\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
