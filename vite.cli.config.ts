// Builds the `continuity` command and its analysis worker for plain Node (out/cli).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'src/cli/main.ts'),
        analysisWorker: resolve(import.meta.dirname, 'src/main/analysis/analysisWorker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
