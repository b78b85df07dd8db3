// Typed errors of the project store and the importers, each with a message a writer can read.

export type ProjectErrorCode =
  | 'not-found'
  | 'not-a-project'
  | 'corrupt'
  | 'outside-project'
  | 'read-only'
  | 'too-large'
  | 'binary'
  | 'not-a-file'
  | 'unsupported'
  | 'unsafe-input'
  | 'newer-schema'
  | 'timeout'
  | 'locked'
  | 'io';

/** An error the store or an importer raises on purpose: `code` for programs, `message` for people. */
export class ProjectError extends Error {
  readonly code: ProjectErrorCode;
  /** The file concerned, relative to the project root or as given by the user. */
  readonly file?: string;

  constructor(code: ProjectErrorCode, message: string, file?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProjectError';
    this.code = code;
    this.file = file;
  }
}

export const isProjectError = (e: unknown): e is ProjectError => e instanceof ProjectError;

/** Turns any thrown value into a ProjectError, keeping typed ones as they are. */
export function toProjectError(e: unknown, file?: string): ProjectError {
  if (e instanceof ProjectError) return e;
  const err = e as NodeJS.ErrnoException;
  const where = file ? `${file}: ` : '';
  switch (err?.code) {
    case 'ENOENT':
      return new ProjectError('not-found', `${where}the file or folder does not exist.`, file, { cause: e });
    case 'EACCES':
    case 'EPERM':
      return new ProjectError('io', `${where}permission denied.`, file, { cause: e });
    case 'EISDIR':
      return new ProjectError('not-a-file', `${where}is a folder, not a file.`, file, { cause: e });
    case 'ENOSPC':
      return new ProjectError('io', `${where}the disk is full.`, file, { cause: e });
    case 'ELOOP':
      return new ProjectError('outside-project', `${where}too many symbolic links.`, file, { cause: e });
    default:
      return new ProjectError('io', `${where}${err?.message ?? String(e)}`, file, { cause: e });
  }
}
