import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssociationPicker } from '@/components/use-association-picker';

/**
 * A searchable select of member associations: the text typed is searched on the server
 * (accent-insensitive), so the options are not filtered again here.
 */
export function AssociationSelect({
  label,
  value,
  selectedName,
  onChange,
  error,
  'data-testid': testId,
}: {
  label: string;
  /** The linked association's id, if any. */
  value: string | undefined;
  /** The name to show for the linked association while it is not among the results. */
  selectedName: string;
  onChange: (id: string | undefined, name: string | undefined) => void;
  error?: string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const { search, setSearch, onDropdownOpen, result } = useAssociationPicker();

  const data = useMemo(() => {
    const options = (result.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
    if (value && !options.some((o) => o.value === value)) {
      options.unshift({ value, label: selectedName || value });
    }
    return options;
  }, [result.data, value, selectedName]);

  return (
    <Select
      label={label}
      placeholder={t('programs.task.associationPlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      nothingFoundMessage={
        result.isFetching ? t('programs.task.associationSearching') : t('programs.task.associationNone')
      }
      data={data}
      filter={({ options }) => options}
      value={value ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={onDropdownOpen}
      onChange={(id, option) => onChange(id ?? undefined, option?.label)}
      error={error}
      data-testid={testId}
    />
  );
}
