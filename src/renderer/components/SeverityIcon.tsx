// A small severity badge (error, warning, info) drawn with CSS, with a text alternative.
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../engine/types';

export function SeverityIcon({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`cd-sev cd-sev-${severity}`} role="img" aria-label={t(`severity.${severity}`)} title={t(`severity.${severity}`)}>
      {severity === 'error' ? '!' : severity === 'warning' ? '!' : 'i'}
    </span>
  );
}
