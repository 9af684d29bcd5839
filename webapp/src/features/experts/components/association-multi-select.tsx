import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssociationPicker } from '@/components/use-association-picker';
import type { AssociationOption } from '../api/expert-form-model';

/**
 * The member associations an expert belongs to: the text typed is searched on the server
 * (listAssociations, accent-insensitive), so the options are not filtered again here.
 */
export function AssociationMultiSelect({
  label,
  description,
  value,
  onChange,
  error,
  max,
}: {
  label: string;
  description?: string;
  value: AssociationOption[];
  onChange: (value: AssociationOption[]) => void;
  error?: string;
  max: number;
}) {
  const { t } = useTranslation();
  const { search, setSearch, onDropdownOpen, result } = useAssociationPicker();

  const data = useMemo(() => {
    const options = value.map((a) => ({ value: a.id, label: a.name }));
    for (const a of result.data?.items ?? []) {
      if (!options.some((o) => o.value === a.id)) options.push({ value: a.id, label: a.name });
    }
    return options;
  }, [result.data, value]);

  return (
    <MultiSelect
      name="associations"
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('experts.form.associationsPlaceholder') : undefined}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      maxValues={max}
      nothingFoundMessage={
        result.isFetching ? t('experts.form.associationsSearching') : t('experts.form.associationsNone')
      }
      data={data}
      filter={({ options }) => options}
      value={value.map((a) => a.id)}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={onDropdownOpen}
      onChange={(ids) =>
        onChange(ids.map((id) => ({ id, name: data.find((o) => o.value === id)?.label ?? id })))
      }
      error={error}
      data-testid="associations-select"
    />
  );
}
