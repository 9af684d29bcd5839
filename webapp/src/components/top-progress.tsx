import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './top-progress.module.css';

/** A thin bar at the top of the page while anything takes more than a moment (requests, lazy pages). */
export function TopProgress({ active: forced = false }: { active?: boolean }) {
  const { t } = useTranslation();
  const busy = useIsFetching() + useIsMutating() > 0 || forced;
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!busy) {
      const hide = setTimeout(() => setVisible(false), 0);
      return () => clearTimeout(hide);
    }
    const show = setTimeout(() => setVisible(true), 150);
    return () => clearTimeout(show);
  }, [busy]);
  if (!visible) return null;
  return (
    <div
      className={classes.bar}
      role="progressbar"
      aria-label={t('common.loading')}
      data-testid="top-progress"
    />
  );
}
