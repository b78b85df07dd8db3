// An episode with unsaved edits was changed outside the app: keep mine, load theirs, or compare both side by side first; the version not chosen is kept as a copy.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient } from '../../shared/contract';
import { changedRows, diffLines, sideBySide, type DiffRow } from '../state/lineDiff';

interface Props {
  client: ContinuityClient;
  episodeId: string;
  /** The save was refused because the file on disk changed: the choice is offered. */
  changed: boolean;
  /** The editor's text now (mine). */
  getMine(): string;
  /** Overwrites the version on disk with mine (the editor's keep-mine). */
  onKeepMine(): Promise<void>;
  /** Replaces the editor's text with the version on disk (the editor's reload). */
  onLoadTheirs(): Promise<void>;
}

interface Comparison {
  mine: string;
  theirs: string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function OutsideChangeBar({ client, episodeId, changed, getMine, onKeepMine, onLoadTheirs }: Props) {
  const { t } = useTranslation();
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [busy, setBusy] = useState(false);
  const [copy, setCopy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Another episode, or the choice made elsewhere: nothing of the last comparison stays.
  useEffect(() => {
    setComparison(null);
    setError(null);
  }, [episodeId, changed]);
  useEffect(() => setCopy(null), [episodeId]);

  const rows = useMemo(() => (comparison ? sideBySide(diffLines(comparison.mine, comparison.theirs)) : []), [comparison]);

  /** Keeps the version not chosen as a copy first, then applies the choice: nothing is lost either way. */
  const choose = async (which: 'mine' | 'theirs') => {
    setBusy(true);
    setError(null);
    try {
      const notChosen = which === 'mine' ? (await client.readEpisode(episodeId)).text : getMine();
      const kept = await client.keepCopy(episodeId, notChosen, which === 'mine' ? 'theirs' : 'mine');
      if (which === 'mine') await onKeepMine();
      else await onLoadTheirs();
      setCopy(kept.file);
      setComparison(null);
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const compare = async () => {
    setBusy(true);
    setError(null);
    try {
      const theirs = (await client.readEpisode(episodeId)).text;
      setComparison({ mine: getMine(), theirs });
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  if (!changed) {
    if (!copy) return null;
    return (
      <div className="cd-infobar" role="status">
        <span>{t('outside.copyKept', { file: copy })}</span>
        <button type="button" onClick={() => setCopy(null)}>
          OK
        </button>
      </div>
    );
  }

  const choices = (
    <>
      <button type="button" disabled={busy} onClick={() => void choose('mine')}>
        {t('outside.keepMine')}
      </button>
      <button type="button" disabled={busy} onClick={() => void choose('theirs')}>
        {t('outside.loadTheirs')}
      </button>
    </>
  );

  if (comparison) {
    const count = changedRows(rows);
    return (
      <section className="cds-compare" aria-label={t('outside.compare')}>
        <div className="cds-compare-head" role="alert">
          <span>
            {t('outside.compareHeading')} {count ? t('outside.changes', { count }) : t('outside.same')}
          </span>
          {choices}
          <button type="button" disabled={busy} onClick={() => setComparison(null)}>
            {t('outside.close')}
          </button>
        </div>
        {error && <p className="cds-error">{error}</p>}
        <div className="cds-compare-cols">
          <CompareSide heading={t('outside.mine')} rows={rows} side="left" />
          <CompareSide heading={t('outside.theirs')} rows={rows} side="right" />
        </div>
      </section>
    );
  }

  return (
    <div className="cd-infobar cd-infobar-warning" role="alert">
      <span>{t('editor.changedOnDisk')}</span>
      {choices}
      <button type="button" disabled={busy} onClick={() => void compare()}>
        {t('outside.compare')}
      </button>
      {error && <span className="cds-error">{error}</span>}
    </div>
  );
}

/** One column of the comparison: its lines, the ones that differ highlighted, gaps where the other side has lines. */
function CompareSide({ heading, rows, side }: { heading: string; rows: DiffRow[]; side: 'left' | 'right' }) {
  const differs = side === 'left' ? 'cds-line-removed' : 'cds-line-added';
  return (
    <div className={`cds-compare-side cds-compare-${side}`} role="region" aria-label={heading}>
      <h3>{heading}</h3>
      {rows.map((row, i) => {
        const line = side === 'left' ? row.left : row.right;
        if (!line) return <p key={i} className="cds-line cds-line-gap" aria-hidden="true" />;
        return (
          <p key={i} className={`cds-line${row.kind === 'same' ? '' : ` ${differs}`}`} data-changed={row.kind === 'same' ? undefined : 'true'}>
            {line.text}
          </p>
        );
      })}
    </div>
  );
}
