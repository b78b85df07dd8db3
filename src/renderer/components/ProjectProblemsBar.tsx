// Names the project's files that could not be read (with the reason) and the store's warnings as they happen (a vanished folder, a failed reload).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient, FileProblem } from '../../shared/contract';

interface Props {
  client: ContinuityClient;
  problems: FileProblem[];
}

/** Most live warnings kept on screen at once (the oldest go first). */
const maxWarnings = 5;

export function ProjectProblemsBar({ client, problems }: Props) {
  const { t } = useTranslation();
  const [warnings, setWarnings] = useState<string[]>([]);
  const [showFiles, setShowFiles] = useState(false);

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'error') return;
        setWarnings((list) => (list.includes(event.message) ? list : [...list, event.message].slice(-maxWarnings)));
      }),
    [client],
  );

  if (!problems.length && !warnings.length) return null;
  return (
    <div className="cds-problems" role="alert">
      {warnings.map((w) => (
        <div key={w} className="cd-infobar cd-infobar-warning">
          <span>{w}</span>
          <button type="button" onClick={() => setWarnings((list) => list.filter((x) => x !== w))}>
            {t('outside.dismiss')}
          </button>
        </div>
      ))}
      {problems.length > 0 && (
        <div className="cd-infobar cd-infobar-warning">
          <span>{t('outside.fileProblems', { count: problems.length })}</span>
          <button type="button" aria-expanded={showFiles} onClick={() => setShowFiles((v) => !v)}>
            {showFiles ? t('outside.hideFiles') : t('outside.showFiles')}
          </button>
        </div>
      )}
      {showFiles && (
        <ul className="cds-problem-list">
          {problems.map((p) => (
            <li key={`${p.file}\n${p.reason}`}>
              <code>{p.file === '.' ? t('outside.projectFolder') : p.file}</code> {p.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
