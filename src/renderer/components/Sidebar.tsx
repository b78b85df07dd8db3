// The left sidebar: tabs for the episode list and the cast overview.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  episodes: ReactNode;
  cast: ReactNode;
  castCount: number;
}

type Tab = 'episodes' | 'cast';

export function Sidebar({ episodes, cast, castCount }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('episodes');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'episodes', label: t('episodes.heading') },
    { id: 'cast', label: `${t('cast.tab')} (${castCount})` },
  ];
  return (
    <aside className="cd-sidebar">
      <div className="cd-tabs" role="tablist" aria-label={t('episodes.heading')}>
        {tabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`cd-tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`cd-tabpanel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            className={`cd-tab${tab === item.id ? ' cd-selected' : ''}`}
            onClick={() => setTab(item.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next: Tab = tab === 'episodes' ? 'cast' : 'episodes';
                setTab(next);
                document.getElementById(`cd-tab-${next}`)?.focus();
              }
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div className="cd-tabpanel" role="tabpanel" id={`cd-tabpanel-${tab}`} aria-labelledby={`cd-tab-${tab}`}>
        {tab === 'episodes' ? episodes : cast}
      </div>
    </aside>
  );
}
