// The `continuity` command: check, report, import and serve, with exit codes 0/1/2 and one-line errors.
import { parseCommand, usage, UsageError } from './parseCommand';
import { InputError } from './loadSeries';
import { runCheck } from './runCheck';
import { runServe } from './runServe';
import { runReportCommand } from './runReportCommand';
import { runImport } from './importCommand';

export interface CliIo {
  stdout(text: string): void;
  stderr(line: string): void;
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
};

/** Runs the command line and returns the exit status; never throws. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    switch (cmd.command) {
      case 'help': io.stdout(usage); return 0;
      case 'version': io.stdout(__APP_VERSION__); return 0;
      case 'check': return await runCheck(cmd, io.stdout);
      case 'serve': return await runServe(cmd, io);
      case 'report': return await runReportCommand(cmd, io);
      case 'import': return await runImport(cmd.paths, cmd.project, { log: io.stdout, error: io.stderr });
    }
  } catch (error) {
    io.stderr(`continuity: ${describe(error)}`);
    return 2;
  }
}

function describe(error: unknown): string {
  if (error instanceof UsageError) return `${error.message} (see continuity --help)`;
  if (error instanceof InputError) return error.message;
  const e = error as NodeJS.ErrnoException & { name?: string };
  if (e?.name === 'ProjectError' || e?.name === 'ImportError') return e.message;
  if (e?.code === 'ENOENT') return `cannot read ${e.path ?? 'input'}: no such file or folder`;
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return `cannot read ${e.path ?? 'input'}: permission denied`;
  if (e?.code === 'EISDIR') return `cannot read ${e.path ?? 'input'}: it is a folder`;
  if (typeof e?.code === 'string' && e.path) return `cannot read ${e.path} (${e.code})`;
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
