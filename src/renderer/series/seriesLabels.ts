// How the series bible names predicates, values, modalities and episodes in the UI language.
import type { TFunction } from 'i18next';
import type { EpisodeRef, Modality } from '../../engine/types';

/** "mother", or "mother of" for a relation stated from the other entity's side ("of:mother"). */
export function predicateLabel(t: TFunction, predicate: string): string {
  const base = predicate.replace(/^of:/, '');
  const label = t(`series.rel.${base}`, { defaultValue: t(`facts.${base}`, { defaultValue: t(`factForm.rel.${base}`, { defaultValue: base }) }) });
  return predicate.startsWith('of:') ? t('series.inverse', { relation: label }) : label;
}

/** A literal value in words ("dead", "appears"), or the value itself (a name, a role). */
export const valueLabel = (t: TFunction, value: string): string =>
  t(`series.value.${value}`, { defaultValue: t(`factValues.${value}`, { defaultValue: value }) });

export const modalityLabel = (t: TFunction, modality: Modality): string => t(`series.modality.${modality}`);

/** "03" for the third episode. */
export const episodeNumber = (episode: EpisodeRef | undefined): string => (episode ? String(episode.index + 1).padStart(2, '0') : '–');
