import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import { formatNumber } from '@/lib/format';

const CONTROL_LABEL = {
  previous: tk('list.previous'),
  next: tk('list.next'),
  first: tk('list.first'),
  last: tk('list.last'),
};

/**
 * The total and the page links under a list, and the page size to choose when pageSizes and
 * onSizeChange are given. totalKey says what is counted: an i18n key with plural forms (count) and
 * {{formatted}}, the number in the UI language, e.g. "12 hội", "3 chuyên gia".
 */
export function ListPagination({
  page,
  size,
  total,
  totalKey = tk('list.total'),
  onChange,
  pageSizes,
  onSizeChange,
}: {
  page: number;
  size: number;
  total: number;
  /** Default: associations ("N hội"). */
  totalKey?: string;
  onChange: (page: number) => void;
  pageSizes?: readonly number[];
  onSizeChange?: (size: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  const pagination = (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" data-testid="total">
        {t(totalKey, { count: total, formatted: formatNumber(total) })}
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
  if (!pageSizes || !onSizeChange) return pagination;
  return (
    <Group justify="space-between">
      {pagination}
      <Select
        label={t('list.pageSize')}
        w={110}
        allowDeselect={false}
        value={String(size)}
        onChange={(v) => v && onSizeChange(Number(v))}
        data={pageSizes.map(String)}
      />
    </Group>
  );
}
