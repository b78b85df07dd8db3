// Serves a project to a browser like `continuity serve DIR --port 0` (prints the URL first), for when out/cli is not built.
// Usage: node --import tsx serveProject.ts PROJECT_DIR STATIC_DIR
import { startBridgeServer } from '../../../src/main/bridge/bridgeServer';
import { createAnalysisHost } from '../../../src/main/analysis/analysisHost';
import { createContinuityService } from '../../../src/main/services/continuityService';
import { openProject } from '../../../src/main/store/projectStore';

const [dir, staticDir] = process.argv.slice(2);
const store = await openProject(dir, { create: false });
const service = await createContinuityService(store, createAnalysisHost());
const server = await startBridgeServer({ service, staticDir, port: 0, log: (l) => process.stderr.write(`${l}\n`) });
process.stdout.write(`${server.url}\n`);
const stop = async () => {
  await server.close();
  await service.dispose();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
