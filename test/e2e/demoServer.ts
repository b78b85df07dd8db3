// Starts and stops `continuity serve` on a fresh copy of the demo series, for the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface DemoServer {
  url: string;
  child: ChildProcess;
  /** The project folder the server works on (a temporary copy). */
  dir: string;
}

/** Copies the demo series to a temp folder, serves it, and reads the URL from the first line on stdout. */
export async function startDemoServer(env: NodeJS.ProcessEnv = process.env): Promise<DemoServer> {
  const dir = await mkdtemp(join(tmpdir(), 'continuity-e2e-'));
  await cp('resources/demo-series', dir, { recursive: true });
  // CONTINUITY_BIN lets a developer point the suites at another build of the command.
  const bin = process.env.CONTINUITY_BIN ?? 'bin/continuity.mjs';
  // The server's recent-projects list goes to a scratch folder, not the home folder of whoever runs the tests.
  const childEnv = { CONTINUITY_CONFIG_DIR: join(tmpdir(), 'continuity-e2e-config'), ...env };
  const child = spawn(process.execPath, [bin, 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`continuity serve printed no URL within 30 s. stderr: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`continuity serve exited with ${code} before printing a URL. stderr: ${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ url: line.trim(), child, dir });
    });
  });
}

/** Stops a server and waits for it, so its last writes (the analysis cache) land before the folder is removed. */
export async function stopServer(child: ChildProcess | null | undefined, graceMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
