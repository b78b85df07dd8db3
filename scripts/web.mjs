// `npm run web`: copies the bundled demo series to the user's folder once, then serves it to a browser.
import { cpSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const target = process.env.CONTINUITY_DEMO_DIR ?? join(homedir(), 'Continuity Desk', 'Demo Series');
if (!existsSync(join(target, 'continuity.json'))) {
  cpSync(new URL('../resources/demo-series', import.meta.url), target, { recursive: true });
  console.error(`copied the demo series to ${target}`);
}
if (!existsSync(new URL('../out/cli/main.js', import.meta.url))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { main } = await import(new URL('../out/cli/main.js', import.meta.url).href);
process.exitCode = await main(['serve', target, ...process.argv.slice(2)]);
