import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A filter that is one of a few values or none: clearable (its clear button named for screen
 * readers), showing "any" when none is chosen.
 */
export function FilterSelect<T extends string>({
  label,
  placeholder,
  value,
  values,
  optionLabel,
  onChange,
  searchable,
  testId,
}: {
  label: string;
  /** Shown when nothing is chosen. */
  placeholder: string;
  value: T | undefined;
  values: readonly T[];
  /** The value's text (already translated). */
  optionLabel: (value: T) => string;
  onChange: (value: T | undefined) => void;
  searchable?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      clearable
      searchable={searchable}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      placeholder={placeholder}
      value={value ?? null}
      onChange={(v) => onChange((v as T | null) ?? undefined)}
      data={values.map((v) => ({ value: v, label: optionLabel(v) }))}
      data-testid={testId}
    />
  );
}

/** A yes/no filter (e.g. active or not) as a select of the two answers or none. */
export function BooleanFilter({
  label,
  placeholder,
  value,
  yes,
  no,
  onChange,
  testId,
}: {
  label: string;
  placeholder: string;
  value: boolean | undefined;
  yes: string;
  no: string;
  onChange: (value: boolean | undefined) => void;
  testId?: string;
}) {
  return (
    <FilterSelect
      label={label}
      placeholder={placeholder}
      value={value === undefined ? undefined : value ? 'true' : 'false'}
      values={['true', 'false'] as const}
      optionLabel={(v) => (v === 'true' ? yes : no)}
      onChange={(v) => onChange(v === undefined ? undefined : v === 'true')}
      testId={testId}
    />
  );
}

/** The sort order: one of the list's sorts, always one chosen. */
export function SortSelect<T extends string>({
  label,
  value,
  sorts,
  sortLabel,
  onChange,
  testId = 'sort',
}: {
  label: string;
  value: T;
  sorts: readonly T[];
  /** The sort's i18n key. */
  sortLabel: Record<T, string>;
  onChange: (sort: T) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      allowDeselect={false}
      value={value}
      onChange={(v) => v && onChange(v as T)}
      data={sorts.map((s) => ({ value: s, label: t(sortLabel[s]) }))}
      data-testid={testId}
    />
  );
}
