// Build-time constants the CLI bundle defines (vite.cli.config.ts) and vitest supplies.
declare const __APP_VERSION__: string;
