// The right half of the side-by-side view: the other episode, read only, scrolled to the contradicting passage.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient } from '../../shared/contract';
import type { Conflict, EpisodeRef, Evidence } from '../../engine/types';
import { ReadOnlyText } from './ReadOnlyText';
import { SidePane } from './SidePane';
import { CanonFixButtons } from './CanonFixButtons';

interface Props {
  client: ContinuityClient;
  conflict: Conflict;
  evidence: Evidence;
  episode: EpisodeRef | undefined;
  onClose(): void;
}

export function EvidencePane({ client, conflict, evidence, episode, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!episode) return;
    let cancelled = false;
    setText(null);
    client
      .readEpisode(episode.id)
      .then((doc) => !cancelled && setText(doc.text))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [client, episode]);

  return (
    <SidePane
      label={t('side.heading')}
      number={episode ? String(episode.index + 1).padStart(2, '0') : '–'}
      title={episode?.title ?? evidence.episode}
      note={t('side.readOnly')}
      extra={
        <span className="cd-side-kind">
          {t(`kind.${conflict.kind}`)} · {conflict.entity}
        </span>
      }
      actions={conflict.fixes?.some((f) => f.kind === 'canon' || f.kind === 'uncanon') ? <CanonFixButtons conflict={conflict} /> : undefined}
      onClose={onClose}
    >
      {text !== null ? (
        <ReadOnlyText text={text} label={episode?.title ?? evidence.episode} passage={evidence} />
      ) : (
        <div className="cd-placeholder">{error || t('side.loading')}</div>
      )}
    </SidePane>
  );
}
