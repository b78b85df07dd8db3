// Parses the `continuity` command line into a typed command, with zod checking every option.
import { parseArgs } from 'node:util';
import { z } from 'zod';

export class UsageError extends Error {}

const language = z.enum(['de', 'en', 'auto']);
const severity = z.enum(['error', 'warning', 'info']);

const checkSchema = z.object({
  command: z.literal('check'),
  paths: z.array(z.string().min(1)).min(1, 'check needs at least one PATH (a project, a folder of episodes, or episode files)'),
  format: z.enum(['json', 'md', 'html', 'csv']).default('json'),
  out: z.string().min(1).optional(),
  lang: language.default('auto'),
  failOn: z.enum(['error', 'warning', 'never']).default('error'),
});
const reportSchema = z.object({
  command: z.literal('report'),
  paths: z.array(z.string().min(1)).length(1, 'report takes exactly one PROJECT'),
  format: z.enum(['html', 'pdf', 'md', 'csv', 'json', 'docx']),
  out: z.string().min(1, 'report needs --out FILE'),
  lang: language.default('auto'),
  minSeverity: severity.default('info'),
  includeDecided: z.boolean().default(true),
  from: z.coerce.number().int().min(1).optional(),
  to: z.coerce.number().int().min(1).optional(),
  csvSeparator: z.enum([',', ';']).default(','),
}).refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, { message: 'must not come after --to', path: ['from'] });
const importSchema = z.object({
  command: z.literal('import'),
  paths: z.array(z.string().min(1)).min(1, 'import needs at least one FILE'),
  project: z.string().min(1, 'import needs --project DIR'),
});
const serveSchema = z.object({
  command: z.literal('serve'),
  paths: z.array(z.string().min(1)).length(1, 'serve takes exactly one PATH'),
  port: z.coerce.number().int().min(0).max(65535).default(0),
});

export type Command =
  | z.infer<typeof checkSchema>
  | z.infer<typeof reportSchema>
  | z.infer<typeof importSchema>
  | z.infer<typeof serveSchema>
  | { command: 'help' }
  | { command: 'version' };

export const usage = `Usage:
  continuity check PATH... [--format json|md|html|csv] [--out FILE] [--lang de|en|auto] [--fail-on error|warning|never]
  continuity report PROJECT --format html|pdf|md|csv|json|docx --out FILE [--lang de|en] [--min-severity error|warning|info]
                    [--no-decided] [--from N] [--to N] [--csv-separator ,|;]
  continuity import FILE... --project DIR
  continuity serve PATH [--port N]

PATH is a project folder, a folder of episode files (ordered by file name), or episode files
(.txt, .md, .fountain, .fdx, .docx). Exit status: 0 nothing at or above --fail-on, 1 conflicts at
or above it, 2 bad usage or unreadable input.`;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, 'fail-on': { type: 'string' },
        'min-severity': { type: 'string' }, 'no-decided': { type: 'boolean' }, project: { type: 'string' },
        port: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'csv-separator': { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const { values: v, positionals } = parsed;
  if (v.help || positionals[0] === 'help') return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [command, ...paths] = positionals;
  const raw = {
    command, paths, format: v.format, out: v.out, lang: v.lang, failOn: v['fail-on'], minSeverity: v['min-severity'],
    includeDecided: v['no-decided'] ? false : undefined, project: v.project, port: v.port,
    from: v.from, to: v.to, csvSeparator: v['csv-separator'],
  };
  const schema = { check: checkSchema, report: reportSchema, import: importSchema, serve: serveSchema }[command as string];
  if (!schema) throw new UsageError(command ? `unknown command "${command}" (try --help)` : 'no command given (try --help)');
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path[0] ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}` : command;
    throw new UsageError(issue.path[0] === 'paths' ? issue.message : `${field}: ${issue.message}`);
  }
  return result.data as Command;
}
