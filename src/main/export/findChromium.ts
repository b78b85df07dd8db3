// Finds a Chromium or Chrome executable for printing reports to PDF: CHROMIUM_PATH, /usr/bin/chromium, then the PATH.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** No Chromium could be found; the message is one line a writer can act on. */
export class ChromiumNotFoundError extends Error {
  override readonly name = 'ChromiumNotFoundError';
}

const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The executable to launch, or undefined. `env` defaults to process.env. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of namesOnPath) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** Like findChromium, but throws ChromiumNotFoundError with a one-line explanation. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const found = findChromium(env);
  if (found) return found;
  const explicit = env.CHROMIUM_PATH?.trim();
  throw new ChromiumNotFoundError(
    explicit
      ? `PDF export needs Chromium, but CHROMIUM_PATH (${explicit}) is not an executable file.`
      : 'PDF export needs Chromium: none found (looked for /usr/bin/chromium, chromium-browser, google-chrome); install one or set CHROMIUM_PATH.',
  );
}
