// The small form behind "Fact…": subject (a bible entry), relation (the engine's relations, localised) and object (a name or a value).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AnnotationFact } from '../../shared/contract';
import { factPredicates } from '../editor/factSuggestion';
import { predicateLabel } from '../series/seriesLabels';

/** A relation or property in the UI language ("Vater", "geboren in"). */
export const factPredicateLabel = (t: TFunction, predicate: string): string =>
  t(`factForm.rel.${predicate}`, { defaultValue: predicateLabel(t, predicate) });

interface Props {
  /** The words the fact is read from. */
  quote: string;
  initial: AnnotationFact;
  /** Names of the bible's entries, for the subject (required) and the object (suggested). */
  names: string[];
  editing: boolean;
  onSave(fact: AnnotationFact): void;
  onCancel(): void;
}

export function FactForm({ quote, initial, names, editing, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [subject, setSubject] = useState(initial.subject);
  const [predicate, setPredicate] = useState(initial.predicate || factPredicates[0]);
  const [object, setObject] = useState(initial.object);
  const [error, setError] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);
  const known = new Set(names);
  const submit = () => {
    if (!known.has(subject.trim())) return setError(t('factForm.needSubject'));
    if (!object.trim()) return setError(t('factForm.needObject'));
    onSave({ subject: subject.trim(), predicate, object: object.trim() });
  };
  return (
    <form
      className="cd-popover cd-fact-form"
      role="dialog"
      aria-label={editing ? t('factForm.edit') : t('factForm.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="cd-fact-quote">{t('factForm.quote', { quote: quote.length > 80 ? `${quote.slice(0, 79)}…` : quote })}</p>
      <div className="cd-fact-fields">
        <label>
          <span>{t('factForm.subject')}</span>
          <input ref={first} list={`${id}-names`} value={subject} onChange={(e) => setSubject(e.target.value)} aria-invalid={!!error && !known.has(subject.trim())} />
        </label>
        <label>
          <span>{t('factForm.relation')}</span>
          <select value={predicate} onChange={(e) => setPredicate(e.target.value)}>
            {factPredicates.map((p) => (
              <option key={p} value={p}>
                {factPredicateLabel(t, p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('factForm.object')}</span>
          <input list={`${id}-names`} value={object} onChange={(e) => setObject(e.target.value)} />
        </label>
      </div>
      <datalist id={`${id}-names`}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <p className="cd-muted cd-fact-hint">{t('factForm.hint')}</p>
      {error && (
        <p className="cd-fact-error" role="alert">
          {error}
        </p>
      )}
      <div className="cd-fact-actions">
        <button type="button" className="cd-header-button" onClick={onCancel}>
          {t('factForm.cancel')}
        </button>
        <button type="submit" className="cd-primary">
          {t('factForm.save')}
        </button>
      </div>
    </form>
  );
}
