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
  totalExact = true,
  totalKey = tk('list.total'),
  onChange,
  pageSizes,
  onSizeChange,
}: {
  page: number;
  size: number;
  total: number;
  /** The API's totalExact: false when it stopped counting at a limit (total is then a lower bound). */
  totalExact?: boolean;
  /** Default: associations ("N hội"). */
  totalKey?: string;
  onChange: (page: number) => void;
  pageSizes?: readonly number[];
  onSizeChange?: (size: number) => void;
}) {
  const { t } = useTranslation();
  const counted = Math.max(1, Math.ceil(total / size));
  // past the counted pages there is at least one more when the count stopped at its limit
  const pages = totalExact ? counted : Math.max(counted, page) + 1;
  const totalText = t(totalKey, { count: total, formatted: formatNumber(total) });
  const pagination = (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" data-testid="total">
        {totalExact ? totalText : t('list.atLeast', { text: totalText })}
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
