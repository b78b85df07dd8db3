// Progress of the service's long tasks (analysis, import, export) in the status bar: done/total, what, and Cancel.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient, ServiceEvent } from '../../shared/contract';
import { applyTaskEvent, type TaskView } from '../problems/taskList';
import '../styles/canonProgress.css';

interface Props {
  client: ContinuityClient;
}

/** How long "cancelled" stays in the status bar. */
const endedMs = 4000;

export function TaskProgress({ client }: Props) {
  const { t } = useTranslation();
  const [tasks, setTasks] = useState<TaskView[]>([]);
  const [ended, setEnded] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const off = client.onEvent((event: ServiceEvent) => {
      if (event.type !== 'progress' || !event.id) return;
      setTasks((list) => applyTaskEvent(list, event));
      if (event.state === 'cancelled') {
        setEnded(t('progress.cancelled', { task: t(`progress.kind.${event.task}`, { defaultValue: event.task }) }));
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setEnded(null), endedMs);
      }
    });
    return () => {
      off();
      clearTimeout(timer.current);
    };
  }, [client, t]);

  const cancel = (task: TaskView) => {
    setTasks((list) => list.map((x) => (x.id === task.id ? { ...x, cancelling: true } : x)));
    void client.cancelTask(task.id).catch(() => undefined);
  };

  return (
    <>
      {tasks.map((task) => (
        <span key={task.id} className="cd-status-item cd-task" data-task={task.task}>
          <span className="cd-task-label">{t(`progress.${task.task}`, { done: task.done, total: task.total, percent: Math.floor((100 * task.done) / Math.max(1, task.total)), defaultValue: `${task.done} / ${task.total}` })}</span>
          <progress max={Math.max(1, task.total)} value={Math.min(task.done, task.total)} aria-label={t(`progress.kind.${task.task}`, { defaultValue: task.task })} />
          {task.task !== 'analysis' && <span className="cd-task-detail">{task.detail ?? ''}</span>}
          <button type="button" className="cd-task-cancel" disabled={task.cancelling} title={t('progress.cancelTitle')} onClick={() => cancel(task)}>
            {task.cancelling ? t('progress.cancelling') : t('progress.cancel')}
          </button>
        </span>
      ))}
      {ended && !tasks.length && (
        <span className="cd-status-item" role="status">
          {ended}
        </span>
      )}
    </>
  );
}
