import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExpertName, useExpertSearch } from '@/lib/api/expert-search';

/**
 * Links a record (an article's author, a judge) to an expert of the network: the experts are searched on
 * the server (accent-insensitive) once the dropdown is opened; a link made earlier shows the expert's name.
 * The texts are the feature's (already translated); onChange also gives the picked expert's name.
 */
export function ExpertPicker({
  value,
  onChange,
  name,
  label,
  description,
  placeholder,
  linkedLabel,
  noneFound,
  error,
}: {
  value: string | null;
  onChange: (expertId: string | null, displayName?: string) => void;
  name: string;
  label: string;
  description?: string;
  placeholder: string;
  /** Shown for a linked expert whose name is not loaded (yet). */
  linkedLabel: string;
  noneFound: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [q] = useDebouncedValue(search, 250);
  const found = useExpertSearch(q, opened);
  const linked = useExpertName(value ?? undefined);
  const options = (found.data ?? []).map((e) => ({
    value: e.id,
    label: e.organisation ? `${e.displayName} (${e.organisation})` : e.displayName,
  }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: linked.data ?? linkedLabel });
  }

  return (
    <Select
      name={name}
      label={label}
      description={description}
      placeholder={placeholder}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : noneFound}
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
