// The bible edits for one entry: add or split off an alias, merge with another entry, two different people, not a name.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bible, Entity } from '../../engine/types';
import { withDistinct, withNotName } from '../state/bibleEdits';
import { withAlias, withMerged, withoutAlias } from './bibleActions';

interface Props {
  entity: Entity;
  /** Other entries of the same kind, for merge and "different people". */
  others: Entity[];
  readOnly: boolean;
  onBible(edit: (bible: Bible) => Bible, done: string): void;
}

export function EntityEditor({ entity, others, readOnly, onBible }: Props) {
  const { t } = useTranslation();
  const [alias, setAlias] = useState('');
  const [otherId, setOtherId] = useState('');
  const other = others.find((o) => o.id === otherId);
  return (
    <div className="cd-series-editor">
      <h4 className="cd-series-subheading">{t('facts.aliases')}</h4>
      <ul className="cd-series-aliases" aria-label={t('series.aliasesOf', { name: entity.name })}>
        {entity.aliases.length === 0 && <li className="cd-muted">{t('series.noAliases')}</li>}
        {entity.aliases.map((a) => (
          <li key={a} className="cd-series-alias">
            <span>{a}</span>
            {!readOnly && (
              <button
                type="button"
                className="cd-series-alias-remove"
                aria-label={t('series.splitAlias', { alias: a, name: entity.name })}
                title={t('series.splitAlias', { alias: a, name: entity.name })}
                onClick={() => onBible((b) => withoutAlias(b, entity, a), t('series.done.split', { alias: a }))}
              >
                ✕
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <>
          <form
            className="cd-series-form"
            onSubmit={(e) => {
              e.preventDefault();
              const name = alias.trim();
              if (!name) return;
              onBible((b) => withAlias(b, entity, name), t('series.done.alias', { alias: name, name: entity.name }));
              setAlias('');
            }}
          >
            <label>
              <span className="cd-series-sr">{t('series.newAlias')}</span>
              <input
                value={alias}
                onChange={(e) => setAlias(e.target.value)}
                onKeyDown={(e) => {
                  // Escape empties the field; it does not close the whole bible.
                  if (e.key === 'Escape' && alias) {
                    e.stopPropagation();
                    setAlias('');
                  }
                }}
                placeholder={t('series.newAlias')}
                maxLength={200}
              />
            </label>
            <button type="submit" disabled={!alias.trim()}>
              {t('series.addAlias')}
            </button>
          </form>
          <div className="cd-series-form">
            <label>
              <span className="cd-series-sr">{t('series.otherEntry')}</span>
              <select value={otherId} onChange={(e) => setOtherId(e.target.value)} aria-label={t('series.otherEntry')}>
                <option value="">{t('series.chooseOther')}</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={!other}
              title={other ? t('series.mergeTitle', { name: entity.name, other: other.name }) : undefined}
              onClick={() => other && onBible((b) => withMerged(b, entity, other), t('series.done.merge', { name: entity.name, other: other.name }))}
            >
              {t('series.merge')}
            </button>
            <button
              type="button"
              disabled={!other}
              title={other ? t('series.distinctTitle', { name: entity.name, other: other.name }) : undefined}
              onClick={() => other && onBible((b) => withDistinct(b, entity.name, other.name), t('series.done.distinct', { name: entity.name, other: other.name }))}
            >
              {t('series.distinct')}
            </button>
          </div>
          {!/\s/.test(entity.name) && (
            <button
              type="button"
              className="cd-link-button"
              title={t('cast.notNameTitle', { name: entity.name })}
              onClick={() => onBible((b) => withNotName(b, entity.name), t('series.done.notName', { name: entity.name }))}
            >
              {t('cast.notName')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
