import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useDownloads, type ExportFormat } from '@/lib/download';

/**
 * "Xuất tệp" with XLSX and CSV: downloads a list's export with the filters the page shows. download
 * fetches the file and saves it (each feature's api module knows its export's path).
 */
export function ExportMenu({
  download,
  testId = 'export-menu',
}: {
  download: (format: ExportFormat) => Promise<void>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useDownloads<ExportFormat>();
  return (
    <>
      {/* No initial-focus placeholder: it is a focusable div (tabindex -1) inside role="menu", so its
          role="presentation" does not count and axe finds a child a menu may not have
          (aria-required-children). Without it, Mantine focuses the first item on keyboard opening. */}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            variant="default"
            loading={busy !== null}
            data-testid={testId}
            title={t('exports.withFilters')}
          >
            {t('exports.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item data-testid={`${testId}-xlsx`} onClick={() => void run('xlsx', () => download('xlsx'))}>
            {t('exports.xlsx')}
          </Menu.Item>
          <Menu.Item data-testid={`${testId}-csv`} onClick={() => void run('csv', () => download('csv'))}>
            {t('exports.csv')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {error != null && <ProblemAlert error={error} />}
    </>
  );
}
