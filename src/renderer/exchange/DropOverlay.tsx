// The overlay shown while files are dragged over the window: where to drop them and which kinds are understood.
import { useTranslation } from 'react-i18next';

export function DropOverlay({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="cdx-drop" aria-hidden="true">
      <div className="cdx-drop-box">
        <p className="cdx-drop-title">{readOnly ? t('exchange.readOnly') : t('exchange.dropHere')}</p>
        {!readOnly && <p className="cdx-drop-hint">{t('exchange.dropHint')}</p>}
      </div>
    </div>
  );
}
