// The worker thread that runs the engine for the main process and the browser bridge.
import { parentPort } from 'node:worker_threads';
import { createAnalysisSession, type AnalysisUpdate } from './analysisSession';

const session = createAnalysisSession();

parentPort?.on('message', (message: { seq: number; update: AnalysisUpdate }) => {
  try {
    const analysis = session.apply(message.update);
    parentPort?.postMessage({ seq: message.seq, ok: true, analysis });
  } catch (error) {
    parentPort?.postMessage({ seq: message.seq, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
