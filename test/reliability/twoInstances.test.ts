// Two instances on one project never overwrite each other: the second opener is read-only, in-process and across processes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openProject } from '../../src/main/store/projectStore';
import { suiteTally } from './harness/suiteTally';
import { tempFolder, writeProject } from './harness/tempProject';

const tally = suiteTally('two-instances', 'two stores opened on one project');
afterAll(() => tally.write());
const child = new URL('./harness/saveLoopChild.ts', import.meta.url).pathname;

describe('two-instances', () => {
  it('a second store in the same process is read-only and cannot write; after the first closes, the next one can', async () => {
    const { dir, cleanup } = tempFolder('cd-two-');
    const problems: string[] = [];
    try {
      writeProject(dir, [{ id: 'e1', file: 'episodes/e1.md', title: 'Pilot', content: 'Anna.\n' }]);
      const a = await openProject(dir, { watch: false });
      const b = await openProject(dir, { watch: false });
      if (a.readOnly) problems.push('the first store is read-only');
      if (!b.readOnly) problems.push('the second store is writable');
      const docB = await b.readEpisode('e1');
      const writeB = await b.writeEpisode('e1', 'B overwrites.\n', docB.hash);
      if (writeB.ok) problems.push('the second store wrote the episode');
      await b.writeDecisions([]).then(() => problems.push('the second store wrote decisions.json'), () => undefined);
      await b.journalEdit('e1', 'B typing').then(() => problems.push('the second store wrote the journal'), () => undefined);
      const docA = await a.readEpisode('e1');
      const writeA = await a.writeEpisode('e1', 'A saves.\n', docA.hash);
      if (!writeA.ok) problems.push(`the first store could not save: ${writeA.message}`);
      await b.close();
      await a.close();
      const c = await openProject(dir, { watch: false });
      if (c.readOnly) problems.push(`after both closed the project is still locked: ${c.readOnlyReason}`);
      await c.close();
      if (readFileSync(join(dir, 'episodes/e1.md'), 'utf8') !== 'A saves.\n') problems.push('the episode does not hold the first store\'s save');
    } finally {
      cleanup();
    }
    tally.run(problems.length === 0, problems.join('; ') || undefined);
    expect(problems).toEqual([]);
  });

  it('a store in another live process makes this one read-only; once that process is killed, the lock is taken over', async () => {
    const { dir, parent, cleanup } = tempFolder('cd-two-proc-');
    const problems: string[] = [];
    try {
      writeProject(dir, [{ id: 'e1', file: 'episodes/e1.md', title: 'Pilot', content: 'Anna.\n' }]);
      const p = spawn(process.execPath, ['--import', 'tsx', child, dir, join(parent, 'child.log'), '7'], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((res, rej) => {
        p.stdout.on('data', (d) => String(d).includes('ready') && res());
        p.on('exit', () => rej(new Error('child ended early')));
      });
      const second = await openProject(dir, { watch: false });
      if (!second.readOnly) problems.push('opened writable while another process holds the project');
      else if (!/already open/i.test(second.readOnlyReason ?? '')) problems.push(`unclear read-only reason: ${second.readOnlyReason}`);
      await second.close();
      const exited = new Promise((res) => p.on('exit', res));
      p.kill('SIGKILL');
      await exited;
      const third = await openProject(dir, { watch: false });
      if (third.readOnly) problems.push(`the dead process's lock was not taken over: ${third.readOnlyReason}`);
      await third.close();
    } finally {
      cleanup();
    }
    tally.run(problems.length === 0, problems.join('; ') || undefined);
    expect(problems).toEqual([]);
  });
});
