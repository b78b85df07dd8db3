// The right half of the side-by-side view: the other episode, read only, scrolled to the contradicting passage.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorState, Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import type { ContinuityClient } from '../../shared/contract';
import type { Conflict, EpisodeRef, Evidence } from '../../engine/types';
import { docToText, textOffsetToPos, textToDoc } from '../editor/docText';
import { locateQuote } from '../editor/analysisPlugin';

interface Props {
  client: ContinuityClient;
  conflict: Conflict;
  evidence: Evidence;
  episode: EpisodeRef | undefined;
  onClose(): void;
}

export function EvidencePane({ client, conflict, evidence, episode, onClose }: Props) {
  const { t } = useTranslation();
  const mount = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState('');

  useEffect(() => {
    if (!episode || !mount.current) return;
    let view: EditorView | null = null;
    let cancelled = false;
    setState('loading');
    client
      .readEpisode(episode.id)
      .then((doc) => {
        if (cancelled || !mount.current) return;
        const pmDoc = textToDoc(doc.text);
        const found = locateQuote(docToText(pmDoc), evidence.start, evidence.end, evidence.quote);
        const from = found ? textOffsetToPos(pmDoc, found[0]) : 0;
        const to = found ? textOffsetToPos(pmDoc, found[1]) : 0;
        const highlight = new Plugin({
          props: { decorations: (s) => (found ? DecorationSet.create(s.doc, [Decoration.inline(from, to, { class: 'cd-evidence' })]) : null) },
        });
        view = new EditorView(mount.current, {
          state: EditorState.create({ doc: pmDoc, plugins: [highlight] }),
          editable: () => false,
          attributes: { class: 'cd-prose cd-prose-readonly', role: 'document', 'aria-label': episode.title, 'aria-readonly': 'true' },
        });
        setState('ready');
        if (found) {
          const at = view.domAtPos(from);
          const element = at.node instanceof HTMLElement ? at.node : at.node.parentElement;
          requestAnimationFrame(() => element?.scrollIntoView({ block: 'center' }));
        }
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setError(e instanceof Error ? e.message : String(e));
        setState('error');
      });
    return () => {
      cancelled = true;
      view?.destroy();
    };
  }, [client, episode, evidence]);

  return (
    <section className="cd-side-pane" aria-label={t('side.heading')}>
      <div className="cd-editor-header">
        <span className="cd-editor-episode-no">{episode ? String(episode.index + 1).padStart(2, '0') : '–'}</span>
        <span className="cd-editor-title">{episode?.title ?? evidence.episode}</span>
        <span className="cd-editor-file">{t('side.readOnly')}</span>
        <span className="cd-side-kind">
          {t(`kind.${conflict.kind}`)} · {conflict.entity}
        </span>
        <button type="button" className="cd-icon-button" aria-label={t('side.close')} title={t('side.close')} onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="cd-editor-scroll">
        <div className="cd-page">
          <div ref={mount} className="cd-mount" />
        </div>
        {state !== 'ready' && <div className="cd-placeholder">{state === 'loading' ? t('side.loading') : error}</div>}
      </div>
    </section>
  );
}
