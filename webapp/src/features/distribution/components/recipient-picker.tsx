import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecipientSearch, type Recipient } from '../api/distribution';
import { KIND_LABEL } from './labels';

/**
 * A searchable select of recipients: the text typed is searched on the server (name, district and
 * address, accents optional) once the dropdown has been opened; excluded ids are not offered.
 * clearOnPick: the select empties after each choice (adding members one after another).
 */
export function RecipientPicker({
  label,
  description,
  value,
  onPick,
  activeOnly,
  exclude,
  clearOnPick = false,
  error,
  required,
  testId = 'recipient-picker',
}: {
  label: string;
  description?: string;
  /** The chosen recipient (when the picker keeps its choice). */
  value?: Recipient | null;
  onPick: (recipient: Recipient | null) => void;
  activeOnly: boolean;
  exclude?: ReadonlySet<string>;
  clearOnPick?: boolean;
  error?: string;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const describe = (r: Recipient) =>
    [r.name, r.district, t(KIND_LABEL[r.kind])].filter(Boolean).join(' · ') +
    (r.active ? '' : ` (${t('distribution.recipient.inactive')})`);
  // The select shows the chosen recipient's label in its search field: that is not a search.
  const [query] = useDebouncedValue(value && search === describe(value) ? '' : search, 250);
  const result = useRecipientSearch(query, { activeOnly, enabled: opened });

  const found = useMemo(() => {
    const items = (result.data?.items ?? []).filter((r) => !exclude?.has(r.id));
    if (value && !items.some((r) => r.id === value.id)) items.unshift(value);
    return items;
  }, [result.data, exclude, value]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('distribution.picker.recipientPlaceholder')}
      searchable
      clearable={!clearOnPick}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      withAsterisk={required}
      aria-required={required || undefined}
      nothingFoundMessage={
        result.isFetching ? t('distribution.picker.searching') : t('distribution.picker.none')
      }
      data={found.map((r) => ({ value: r.id, label: describe(r) }))}
      filter={({ options }) => options}
      value={clearOnPick ? null : (value?.id ?? null)}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      onChange={(id) => {
        const picked = found.find((r) => r.id === id) ?? null;
        onPick(picked);
        if (clearOnPick) setSearch('');
      }}
      error={error}
      data-testid={testId}
    />
  );
}
