// The worker thread that runs the engine for the main process and the browser bridge.
import { parentPort } from 'node:worker_threads';
import { createAnalysisSession, type AnalysisUpdate } from './analysisSession';

const session = createAnalysisSession();

parentPort?.on('message', (message: { seq: number; update: AnalysisUpdate }) => {
  try {
    const started = Date.now();
    let sent = 0;
    // Progress of a long run only, a few times a second (a keystroke's run sends none).
    const analysis = session.apply(message.update, (done, total) => {
      const now = Date.now();
      if (now - started < 200 || now - sent < 100) return;
      sent = now;
      parentPort?.postMessage({ seq: message.seq, progress: { done, total } });
    });
    parentPort?.postMessage({ seq: message.seq, ok: true, analysis });
  } catch (error) {
    parentPort?.postMessage({ seq: message.seq, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
