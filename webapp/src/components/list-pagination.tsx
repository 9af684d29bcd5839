import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import { formatNumber } from '@/lib/format';

const CONTROL_LABEL = {
  previous: tk('list.previous'),
  next: tk('list.next'),
  first: tk('list.first'),
  last: tk('list.last'),
};

export function ListPagination({
  page,
  size,
  total,
  onChange,
}: {
  page: number;
  size: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" data-testid="total">
        {t('list.total', { count: total, formatted: formatNumber(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          value={Math.min(page, pages)}
          total={pages}
          onChange={onChange}
          getControlProps={(control) => ({
            'aria-label': t(CONTROL_LABEL[control]),
          })}
          getItemProps={(p) => ({ 'aria-label': t('list.page', { page: p }) })}
        />
      )}
    </Group>
  );
}
