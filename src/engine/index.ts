// The engine's public API: analyse a series, incrementally or at once; detect languages; fingerprint conflicts.
export { analyzeSeries } from './analyzeSeries';
export { createAnalyzer, type Analyzer } from './createAnalyzer';
export { detectLanguage } from './lang/detectLanguage';
export { conflictFingerprint } from './fingerprint';
export type * from './types';
export { emptyBible } from './types';
