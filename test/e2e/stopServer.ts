// Stops a `continuity serve` child and waits for it, so its last writes (the analysis cache) land before cleanup.
import type { ChildProcess } from 'node:child_process';

export async function stopServer(child: ChildProcess | null | undefined, graceMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
