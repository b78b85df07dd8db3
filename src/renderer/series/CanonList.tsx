// The canon facts of the series bible as a table (of one entry or the whole series), each with "Remove from canon".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanonFact } from '../../engine/types';
import { canonKey, type CanonRow } from './canonFacts';
import { episodeNumber, predicateLabel, valueLabel } from './seriesLabels';
import '../styles/canonProgress.css';
import './canon.css';

interface Props {
  rows: CanonRow[];
  /** The list's accessible name. */
  label: string;
  /** Shown when there is no canon fact. */
  empty: string;
  /** The subject column (the series-wide list; one entry's list leaves it out). */
  showSubject: boolean;
  readOnly: boolean;
  /** Takes the fact out of the bible; resolves once the analysis ran again. */
  onRemove(fact: CanonFact): Promise<void>;
}

export function CanonList({ rows, label, empty, showSubject, readOnly, onRemove }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const words = (f: CanonFact) => ({ subject: f.subject, relation: t(`canon.list.slot.${f.predicate}`, { defaultValue: predicateLabel(t, f.predicate) }), object: valueLabel(t, f.object) });
  const remove = (fact: CanonFact) => {
    setBusy(canonKey(fact));
    setMessage(null);
    onRemove(fact)
      .then(() => setMessage({ ok: true, text: t('canon.list.removed', words(fact)) }))
      .catch((e: unknown) => setMessage({ ok: false, text: t('canon.failed', { message: e instanceof Error ? e.message : String(e) }) }))
      .finally(() => setBusy(null));
  };
  return (
    <div className="cd-canon-list">
      {rows.length === 0 ? (
        <p className="cd-muted">{empty}</p>
      ) : (
        <table className="cd-series-table cd-canon-table" aria-label={label}>
          <thead>
            <tr>
              {showSubject && <th scope="col">{t('canon.list.subject')}</th>}
              <th scope="col">{t('canon.list.relation')}</th>
              <th scope="col">{t('canon.list.object')}</th>
              <th scope="col">{t('canon.list.episode')}</th>
              <th scope="col">{t('canon.list.note')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="cd-canon-sr">{t('canon.list.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ fact, episode }) => {
              const key = canonKey(fact);
              const w = words(fact);
              return (
                <tr key={key} className="cd-canon-row">
                  {showSubject && <td className="cd-canon-subject">{fact.subject}</td>}
                  <td>{w.relation}</td>
                  <td>
                    <strong>{w.object}</strong>
                  </td>
                  <td>
                    {episode ? (
                      <span title={episode.title}>
                        <span className="cd-episode-chip">{episodeNumber(episode)}</span> {episode.title}
                      </span>
                    ) : fact.episode ? (
                      <span className="cd-muted">{fact.episode}</span>
                    ) : (
                      <span className="cd-muted">{t('canon.list.wholeSeries')}</span>
                    )}
                  </td>
                  <td className="cd-canon-note">{fact.note ?? ''}</td>
                  {!readOnly && (
                    <td>
                      <button
                        type="button"
                        className="cd-canon-take cd-canon-remove"
                        disabled={busy !== null}
                        aria-label={t('canon.list.removeLabel', w)}
                        title={t('canon.removeTitle')}
                        onClick={() => remove(fact)}
                      >
                        {busy === key ? t('canon.list.removing') : t('canon.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {message && (
        <p className={message.ok ? 'cd-muted' : 'cd-canon-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
