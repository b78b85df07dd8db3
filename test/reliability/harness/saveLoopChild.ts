// Child process of the kill-during-save suite: opens a project with the real store and saves one episode in a loop until killed.
// Usage: node --import tsx saveLoopChild.ts PROJECT_DIR LOG_FILE SEED
// Before each save it logs "B <n> <kind> <sha256 of text>", after it completed "A <n> <kind> <hash>", after a journal
// write "J <n> journal <hash>" (synchronous writes, so the log survives the kill).
import { closeSync, openSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { openProject } from '../../../src/main/store/projectStore';
import { varyingText, seededRandom } from './varyingText';

const [dir, logFile, seedArg] = process.argv.slice(2);
const random = seededRandom(Number(seedArg) || 1);
const log = openSync(logFile, 'a');
const line = (s: string) => writeSync(log, `${s}\n`);
const hash = (s: string) => createHash('sha256').update(s).digest('hex');

const store = await openProject(dir, { watch: false });
const doc = await store.readEpisode('e1');
let base = doc.hash;
process.stdout.write('ready\n');
for (let n = 1; ; n++) {
  const pick = random();
  if (pick < 0.15) {
    // decisions.json goes through the same atomic path and history rotation.
    const decisions = [{ conflictId: `c-${n}`, status: 'intended' as const, at: new Date(0).toISOString(), note: varyingText(random, 2000) }];
    line(`B ${n} decisions ${hash(JSON.stringify(decisions))}`);
    await store.writeDecisions(decisions);
    line(`A ${n} decisions ${hash(JSON.stringify(decisions))}`);
    continue;
  }
  const text = varyingText(random, pick < 0.3 ? 400_000 : 40_000);
  if (pick < 0.5) {
    await store.journalEdit('e1', text);
    line(`J ${n} journal ${hash(text)}`);
  }
  line(`B ${n} episode ${hash(text)}`);
  const result = await store.writeEpisode('e1', text, base);
  if (!result.ok) {
    line(`F ${n} episode ${result.reason} ${result.message.replace(/\s+/g, ' ')}`);
    closeSync(log);
    process.exit(3);
  }
  base = result.hash;
  line(`A ${n} episode ${hash(text)}`);
}
