import { Badge, Button, Card, CloseIcon, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { ExpertFacets, ExpertVocabulary, SearchQuery } from '../api/experts';
import { FACET_GROUPS, facetLabel, facetOptions, filterValueLabel, type Language } from '../api/facets';
import { activeFilters, type FilterKey } from '../api/search-params';
import { AVAILABILITY_LABEL, FILTER_LABEL, MEMBERSHIP_LABEL } from './labels';

const SHOWN = 8;

/** Labels of the enum-valued filters, translated (the API's facet labels are Vietnamese only). */
export function useEnumLabel() {
  const { t } = useTranslation();
  return (filter: FilterKey, value: string): string => {
    if (filter === 'availability' && value in AVAILABILITY_LABEL)
      return t(AVAILABILITY_LABEL[value as keyof typeof AVAILABILITY_LABEL]);
    if (filter === 'membership' && value in MEMBERSHIP_LABEL)
      return t(MEMBERSHIP_LABEL[value as keyof typeof MEMBERSHIP_LABEL]);
    return value;
  };
}

/** One panel per facet of the response; a click on a value filters by it, a second click clears it. */
export function FacetPanels({
  facets,
  query,
  vocabulary,
  language,
  onToggle,
}: {
  facets: ExpertFacets;
  query: SearchQuery;
  vocabulary: ExpertVocabulary | undefined;
  language: Language;
  onToggle: (filter: FilterKey, value: string) => void;
}) {
  return (
    <Stack gap="sm" data-testid="facets">
      {FACET_GROUPS.map(({ group, filter }) => (
        <FacetPanel
          key={group}
          filter={filter}
          options={facetOptions(facets[group], query[filter])}
          vocabulary={vocabulary}
          language={language}
          onToggle={onToggle}
        />
      ))}
    </Stack>
  );
}

function FacetPanel({
  filter,
  options,
  vocabulary,
  language,
  onToggle,
}: {
  filter: FilterKey;
  options: ReturnType<typeof facetOptions>;
  vocabulary: ExpertVocabulary | undefined;
  language: Language;
  onToggle: (filter: FilterKey, value: string) => void;
}) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [expanded, setExpanded] = useState(false);
  if (options.length === 0) return null;
  const shown = expanded ? options : options.slice(0, SHOWN);
  const headingId = `facet-${filter}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} p="sm" data-testid={`facet-${filter}`}>
      <Title order={2} size="h5" mb={4} id={headingId}>
        {t(FILTER_LABEL[filter])}
      </Title>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((o) => {
          const label = facetLabel(filter, o, vocabulary, language, enumLabel);
          return (
            <li key={o.value}>
              <Button
                variant={o.selected ? 'light' : 'subtle'}
                size="compact-sm"
                fullWidth
                justify="space-between"
                aria-pressed={o.selected}
                onClick={() => onToggle(filter, o.value)}
                rightSection={
                  <Badge variant="filled" color="gray.8" size="sm" aria-hidden>
                    {formatNumber(o.count)}
                  </Badge>
                }
                styles={{
                  label: { whiteSpace: 'normal', textAlign: 'left', fontWeight: o.selected ? 700 : 400 },
                }}
                data-testid="facet-value"
                data-value={o.value}
              >
                {label}
                <VisuallyHidden component="span">
                  {' '}
                  {t('experts.facets.count', { count: o.count, formatted: formatNumber(o.count) })}
                </VisuallyHidden>
              </Button>
            </li>
          );
        })}
      </Stack>
      {options.length > SHOWN && (
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('experts.facets.showLess') : t('experts.facets.showAll', { n: options.length })}
        </Button>
      )}
    </Card>
  );
}

/** The filters in force as removable chips, with "clear all". */
export function ActiveFilters({
  query,
  facets,
  vocabulary,
  language,
  onRemove,
  onClear,
}: {
  query: SearchQuery;
  facets: ExpertFacets | undefined;
  vocabulary: ExpertVocabulary | undefined;
  language: Language;
  onRemove: (filter: FilterKey) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const active = activeFilters(query);
  if (active.length === 0) return null;
  return (
    <Group gap="xs" data-testid="active-filters" aria-label={t('experts.filters.active')} role="group">
      <Text size="sm" c="dimmed">
        {t('experts.filters.active')}:
      </Text>
      {active.map(({ key, value }) => {
        const label = `${t(FILTER_LABEL[key])}: ${filterValueLabel(key, value, facets, vocabulary, language, enumLabel)}`;
        return (
          <Button
            key={key}
            variant="light"
            radius="xl"
            size="compact-sm"
            rightSection={<CloseIcon size="12" aria-hidden />}
            onClick={() => onRemove(key)}
            aria-label={t('experts.filters.remove', { label })}
            styles={{ label: { whiteSpace: 'normal' } }}
            data-testid="filter-chip"
            data-filter={key}
          >
            {label}
          </Button>
        );
      })}
      <Button variant="subtle" size="compact-sm" onClick={onClear} data-testid="clear-filters">
        {t('experts.filters.clearAll')}
      </Button>
    </Group>
  );
}
