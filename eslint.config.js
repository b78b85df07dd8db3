// Lint rules, and the layering of design notes §2 as import restrictions per folder.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'http', 'net', 'stream'];
const uiLibs = ['react', 'react-dom', 'react-dom/*', 'prosemirror-*', 'i18next', 'react-i18next'];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', ...nodeBuiltins, ...uiLibs, '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/shared/**'],
        'src/engine is pure TypeScript: no Electron, Node, DOM, React or ProseMirror, and nothing outside the engine.',
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', ...nodeBuiltins, ...uiLibs, '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'],
        'src/shared is the contract: types, channel names and schemas only.',
      ),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', ...nodeBuiltins, '**/main/**', '**/preload/**', '**/cli/**'],
        'The renderer talks to the main process only through the contract in src/shared.',
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', '**/renderer/**', '**/preload/**', '**/cli/**'],
        'Main-process services are plain Node, tested without Electron: only src/main/electron/ may import electron.',
      ),
    },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['**/renderer/**', '**/cli/**'], 'No renderer or CLI imports in the Electron layer.'),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(['electron', '**/renderer/**', '**/preload/**'], 'The CLI runs in plain Node.'),
    },
  },
  {
    files: ['test/**/*.{ts,mjs,js}', 'src/**/*.test.ts', 'bench/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': restrict(['electron'], 'Never import electron from test code: its binary may be missing.'),
    },
  },
);
