// Builds the `continuity` command and its analysis and import workers for plain Node (out/cli).
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'src/cli/main.ts'),
        analysisWorker: resolve(import.meta.dirname, 'src/main/analysis/analysisWorker.ts'),
        importWorker: resolve(import.meta.dirname, 'src/main/importers/importWorker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
