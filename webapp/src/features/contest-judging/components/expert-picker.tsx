import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExpertName, useExpertOptions } from '../api/judging';

/** Links a judge to an expert of the network, searched on the server once the dropdown opens. */
export function ExpertPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (expertId: string | null) => void;
  error?: string;
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
    options.unshift({ value, label: linked.data ?? t('contestJudging.judges.linkedExpert') });
  }
  return (
    <Select
      name="expertId"
      label={t('contestJudging.judges.field.expert')}
      description={t('contestJudging.judges.field.expertHelp')}
      placeholder={t('contestJudging.judges.field.expertPlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('contestJudging.judges.noExpert')}
      value={value}
      onChange={onChange}
      data={options}
      error={error}
    />
  );
}
