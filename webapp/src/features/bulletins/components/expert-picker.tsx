import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExpertName, useExpertOptions } from '../api/bulletins';

/**
 * Links an author to their profile in the expert network: the experts are searched on the server
 * (accent-insensitive) once the dropdown is opened; a link made earlier shows the expert's name.
 */
export function ExpertPicker({
  value,
  onChange,
  label,
  error,
  name,
}: {
  value: string | null;
  onChange: (expertId: string | null, displayName?: string) => void;
  label: string;
  error?: string;
  name: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [q] = useDebouncedValue(search, 250);
  const found = useExpertOptions(q, opened);
  const linked = useExpertName(value ?? undefined);
  const options = (found.data ?? []).map((e) => ({
    value: e.id,
    label: e.organisation ? `${e.displayName} (${e.organisation})` : e.displayName,
  }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: linked.data ?? t('bulletins.form.linkedExpert') });
  }

  return (
    <Select
      name={name}
      label={label}
      placeholder={t('bulletins.form.expertPlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('bulletins.form.noExpert')}
      value={value}
      onChange={(id) => {
        const picked = (found.data ?? []).find((e) => e.id === id);
        onChange(id, picked?.displayName);
      }}
      data={options}
      error={error}
    />
  );
}
