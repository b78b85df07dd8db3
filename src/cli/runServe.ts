// `continuity serve`: opens a project (a folder of episodes becomes one in place) and serves the app to a browser.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalysisHost } from '../main/analysis/analysisHost';
import { startBridgeServer } from '../main/bridge/bridgeServer';
import { homedir } from 'node:os';
import { createContinuityService } from '../main/services/continuityService';
import { createProjectSession } from '../main/services/projectSession';
import { openProject } from '../main/store/projectStore';
import type { Command } from './parseCommand';
import { InputError } from './loadSeries';

type ServeCommand = Extract<Command, { command: 'serve' }>;

export async function runServe(cmd: ServeCommand, io: { stdout(line: string): void; stderr(line: string): void }): Promise<number> {
  const here = dirname(fileURLToPath(import.meta.url));
  const staticDir = join(here, '..', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new InputError('the app is not built yet: run `npm run build` first');
  const store = await openProject(cmd.paths[0], { create: false });
  // A session around the project: File → Close project returns the browser to the start screen (recent list, new series).
  const configDir = process.env.CONTINUITY_CONFIG_DIR ?? join(homedir(), '.continuity-desk');
  const service = createProjectSession({
    recentFile: join(configDir, 'recent-projects.json'),
    serve: (opened) => createContinuityService(opened, createAnalysisHost({ workerFile: join(here, 'analysisWorker.js') })),
    demo: { bundled: join(here, '..', '..', 'resources', 'demo-series'), target: process.env.CONTINUITY_DEMO_DIR ?? join(homedir(), 'Continuity Desk', 'Demo Series') },
  });
  await service.adoptStore(store);
  const server = await startBridgeServer({ service, staticDir, port: cmd.port, log: io.stderr });
  io.stdout(server.url);
  if (store.readOnly) io.stderr(`read-only: ${store.readOnlyReason ?? 'the project is open elsewhere'}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await service.dispose();
  return 0;
}
