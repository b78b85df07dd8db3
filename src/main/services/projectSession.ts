// The session of one window: which project is open (or none, for the start screen), the recent list, and the project's services behind the contract.
import { cp, mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { apiMethodNames } from '../../shared/apiMethods';
import { sessionMethods, type ApiMethod, type ContinuityApi, type OpenOutcome, type RecentProjectEntry, type ServiceEvent, type SessionMethod, type StartInfo } from '../../shared/contract';
import type { Language } from '../../engine/types';
import { forgetProject, readRecentProjects, rememberProject, setLastOpen } from '../store/recentProjects';
import { createProject } from '../store/createProject';
import { openProject, type ProjectStore } from '../store/projectStore';
import { toProjectError } from '../store/projectError';
import type { ContinuityService } from './continuityService';
import { ServiceError } from './serviceError';

type SessionApi = { [M in SessionMethod]: ContinuityApi[M] };

/** A window's services: every contract method, those of the open project passed through to it. */
export interface ProjectSession extends Omit<ContinuityService, SessionMethod>, SessionApi {
  /** Absolute path of the open project, if any. */
  currentRoot(): string | undefined;
  /** Puts a store the caller opened (a path from the command line) in this window, closing the one open now. */
  adoptStore(store: ProjectStore): Promise<OpenOutcome>;
}

export interface SessionOptions {
  /** The recent-projects list (in the app's own settings folder). */
  recentFile: string;
  /** Builds a project's services (analysis host, PDF printer) around an opened store. */
  serve(store: ProjectStore): Promise<ContinuityService>;
  /** The bundled demo series and where its writable copy lives; without it there is no demo. */
  demo?: { bundled: string; target: string };
  /** A native folder dialog (Electron); without it the start screen asks for a typed path. */
  chooseFolder?(purpose: 'open' | 'create'): Promise<string | null>;
  /** Another window has this project open: bring it forward and return true (one window per project). */
  focusElsewhere?(root: string): boolean;
}

/** The methods that need an open project, passed through to it: every contract method but the session's own. */
const projectMethodNames = apiMethodNames.filter((m): m is Exclude<ApiMethod, SessionMethod> => !(sessionMethods as readonly string[]).includes(m));

const isProjectFolder = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

/** A folder path the writer typed or chose: absolute (or ~/… in the home folder), or it is refused with a message saying so. */
function folderPath(path: string): string {
  const typed = path.trim();
  const trimmed = typed === '~' || typed.startsWith('~/') ? join(homedir(), typed.slice(1)) : typed;
  if (!isAbsolute(trimmed)) throw new ServiceError('bad-arguments', `Give the full path of the folder (for example /home/anna/Series), not "${trimmed}".`);
  return resolve(trimmed);
}

const asServiceError = (e: unknown, path: string) =>
  e instanceof ServiceError ? e : new ServiceError('io', toProjectError(e, path).message);

export function createProjectSession(options: SessionOptions): ProjectSession {
  const listeners = new Set<(event: ServiceEvent) => void>();
  const emit = (event: ServiceEvent) => { for (const l of listeners) l(event); };
  let current: { root: string; service: ContinuityService; unsubscribe: () => void } | undefined;
  /** Opening and closing run one at a time. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  const open = (): ContinuityService => {
    if (!current) throw new ServiceError('not-found', 'No series is open; choose one on the start screen.');
    return current.service;
  };

  async function closeCurrent(): Promise<void> {
    const was = current;
    if (!was) return;
    current = undefined;
    was.unsubscribe();
    await was.service.dispose();
  }

  /** Puts an opened store in this window: its services, the recent list, the session event. */
  async function adopt(store: ProjectStore): Promise<OpenOutcome> {
    let service: ContinuityService;
    try {
      service = await options.serve(store);
    } catch (e) {
      await store.close();
      throw asServiceError(e, store.root);
    }
    await closeCurrent();
    const unsubscribe = service.onEvent((event) => emit(event));
    current = { root: store.root, service, unsubscribe };
    await rememberProject(options.recentFile, { path: store.root, title: store.manifest().title }).catch(() => undefined);
    emit({ type: 'session', open: true });
    return { opened: true, focusedElsewhere: false };
  }

  const elsewhere = (root: string): OpenOutcome | undefined =>
    root !== current?.root && options.focusElsewhere?.(root) ? { opened: false, focusedElsewhere: true } : undefined;

  async function openAt(path: string): Promise<OpenOutcome> {
    const root = folderPath(path);
    if (root === current?.root) return { opened: true, focusedElsewhere: false };
    const other = elsewhere(root);
    if (other) return other;
    if (!(await isProjectFolder(root))) throw new ServiceError('not-found', `The folder ${root} does not exist (moved, renamed, or a drive not connected?).`);
    let store: ProjectStore;
    try {
      store = await openProject(root, { create: false });
    } catch (e) {
      throw asServiceError(e, root);
    }
    return adopt(store);
  }

  async function recentEntries(): Promise<RecentProjectEntry[]> {
    const list = await readRecentProjects(options.recentFile);
    return Promise.all(list.map(async (p) => ({
      ...p,
      missing: !(await stat(join(p.path, 'continuity.json')).then((s) => s.isFile(), () => false)),
    })));
  }

  const passThrough = Object.fromEntries(
    projectMethodNames.map((name) => [name, async (...args: unknown[]) => { const service = open(); return (service[name] as (...a: unknown[]) => Promise<unknown>).apply(service, args); }]),
  ) as Pick<ContinuityService, Exclude<ApiMethod, SessionMethod>>;

  const session: ProjectSession = {
    ...passThrough,
    currentRoot: () => current?.root,
    adoptStore: (store) => serial(() => adopt(store)),
    async getStart(): Promise<StartInfo> {
      const hasDemo = !!options.demo && (await stat(join(options.demo.bundled, 'continuity.json')).then(() => true, () => false));
      return { open: !!current, recent: await recentEntries(), canChooseFolder: !!options.chooseFolder, hasDemo };
    },
    openProject: (path) => serial(() => openAt(path)),
    createProject: (path: string, title: string, language: Language) =>
      serial(async () => {
        const root = folderPath(path);
        let store: ProjectStore;
        try {
          store = await createProject(root, { title, language });
        } catch (e) {
          throw asServiceError(e, root);
        }
        return adopt(store);
      }),
    openDemo: () =>
      serial(async () => {
        const demo = options.demo;
        if (!demo) throw new ServiceError('not-found', 'The demo series is not part of this installation.');
        const target = resolve(demo.target);
        if (!(await stat(join(target, 'continuity.json')).then(() => true, () => false))) {
          try {
            await mkdir(target, { recursive: true });
            await cp(demo.bundled, target, { recursive: true, errorOnExist: false, force: false });
          } catch (e) {
            throw asServiceError(e, target);
          }
        }
        return openAt(target);
      }),
    closeProject: () =>
      serial(async () => {
        if (!current) return;
        await closeCurrent();
        await setLastOpen(options.recentFile, null).catch(() => undefined); // the next start shows the start screen
        emit({ type: 'session', open: false });
      }),
    reopenProject: () =>
      serial(async () => {
        const was = current;
        if (!was) throw new ServiceError('not-found', 'No series is open; choose one on the start screen.');
        await closeCurrent(); // releases this window's hold first; the lock is taken afresh below if it is free
        let store: ProjectStore;
        try {
          store = await openProject(was.root, { create: false });
        } catch (e) {
          emit({ type: 'session', open: false });
          throw asServiceError(e, was.root);
        }
        return adopt(store);
      }),
    async forgetRecent(path) {
      await forgetProject(options.recentFile, path);
      return recentEntries();
    },
    async chooseFolder(purpose) {
      return options.chooseFolder ? options.chooseFolder(purpose) : null;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      await current?.service.settled();
    },
    async dispose() {
      await serial(closeCurrent);
      listeners.clear();
    },
  };
  return session;
}
