// The long tasks the status bar shows, kept up to date from the service's progress events.
import type { ServiceEvent } from '../../shared/contract';

type ProgressEvent = Extract<ServiceEvent, { type: 'progress' }>;

export interface TaskView {
  id: string;
  task: string;
  done: number;
  total: number;
  detail?: string;
  /** Cancel was asked for; the task has not ended yet. */
  cancelling?: boolean;
}

/** The task list after one progress event: a running task is added or updated, an ended one removed. */
export function applyTaskEvent(list: TaskView[], event: ProgressEvent): TaskView[] {
  if (!event.id) return list;
  const at = list.findIndex((x) => x.id === event.id);
  if (event.state && event.state !== 'running') return at < 0 ? list : list.filter((x) => x.id !== event.id);
  const view: TaskView = { id: event.id, task: event.task, done: event.done, total: event.total, cancelling: at >= 0 ? list[at].cancelling : undefined };
  if (event.detail !== undefined) view.detail = event.detail;
  if (at < 0) return [...list, view];
  const next = list.slice();
  next[at] = view;
  return next;
}
