import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublishedIssues, type IssueRef } from '../api/distribution';
import { useIssueLabel } from './labels';

/**
 * Chooses the published issue whose distribution is shown: newest first, the text typed searched
 * on the server (title and summary, accents optional).
 */
export function IssuePicker({
  selected,
  onChange,
}: {
  /** The issue shown now, if any (kept as an option while it is not among the results). */
  selected?: IssueRef;
  onChange: (issueId: string) => void;
}) {
  const { t } = useTranslation();
  const issueLabel = useIssueLabel();
  const [search, setSearch] = useState('');
  const selectedLabel = selected ? issueLabel(selected) : undefined;
  // The select shows the chosen issue's label in its search field: that is not a search.
  const [query] = useDebouncedValue(search === selectedLabel ? '' : search, 250);
  const result = usePublishedIssues(query);
  const data = (result.data?.items ?? []).map((i) => ({ value: i.id, label: issueLabel(i) }));
  if (selected && selectedLabel && !data.some((o) => o.value === selected.id))
    data.unshift({ value: selected.id, label: selectedLabel });

  return (
    <Select
      label={t('distribution.issue.pick')}
      description={t('distribution.issue.pickHelp')}
      placeholder={t('distribution.issue.pickPlaceholder')}
      searchable
      allowDeselect={false}
      nothingFoundMessage={
        result.isFetching ? t('distribution.picker.searching') : t('distribution.issue.none')
      }
      data={data}
      filter={({ options }) => options}
      value={selected?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => id && onChange(id)}
      maw={720}
      data-testid="issue-picker"
    />
  );
}
