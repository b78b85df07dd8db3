// The command line of design notes §4.1: options, defaults and the one-line usage errors.
import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from './parseCommand';

describe('parseCommand', () => {
  it('reads check with its defaults', () => {
    expect(parseCommand(['check', 'a', 'b'])).toEqual({ command: 'check', paths: ['a', 'b'], format: 'json', lang: 'auto', failOn: 'error' });
  });

  it('reads every check option', () => {
    expect(parseCommand(['check', 'p', '--format', 'md', '--out', 'r.md', '--lang', 'de', '--fail-on', 'never'])).toMatchObject({
      format: 'md', out: 'r.md', lang: 'de', failOn: 'never',
    });
  });

  it('reads serve with a port and report with its options', () => {
    expect(parseCommand(['serve', 'proj', '--port', '0'])).toEqual({ command: 'serve', paths: ['proj'], port: 0 });
    expect(parseCommand(['report', 'proj', '--format', 'pdf', '--out', 'r.pdf', '--no-decided'])).toMatchObject({
      command: 'report', format: 'pdf', out: 'r.pdf', includeDecided: false, minSeverity: 'info',
    });
    expect(parseCommand(['report', 'p', '--format', 'csv', '--out', 'r.csv', '--from', '3', '--to', '5', '--csv-separator', ';'])).toMatchObject({
      from: 3, to: 5, csvSeparator: ';',
    });
    expect(parseCommand(['import', 'a.fdx', '--project', 'dir'])).toEqual({ command: 'import', paths: ['a.fdx'], project: 'dir' });
  });

  it.each([
    [['check'], /at least one PATH/],
    [['check', 'x', '--format', 'pdf'], /--format/],
    [['check', 'x', '--fail-on', 'sometimes'], /--fail-on/],
    [['serve', 'x', '--port', '70000'], /--port/],
    [['serve', 'x', 'y'], /exactly one PATH/],
    [['report', 'x', '--format', 'html'], /--out/],
    [['import', 'f.txt'], /--project/],
    [['report', 'p', '--format', 'md', '--out', 'r', '--from', '5', '--to', '2'], /--from: must not come after --to/],
    [['report', 'p', '--format', 'md', '--out', 'r', '--from', '0'], /--from/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command/],
    [['check', 'x', '--colour'], /Unknown option '--colour'/],
  ])('rejects %j with a one-line message', (argv, message) => {
    let error: unknown;
    try { parseCommand(argv); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
