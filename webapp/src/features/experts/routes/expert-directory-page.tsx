import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExportMenu } from '@/components/list-page/export-menu';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { SearchBox } from '@/components/list-page/search-box';
import { tk } from '@/i18n';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';
import { useAuth } from '@/lib/auth/auth-context';
import { downloadExpertExport, useExpertSearch, type ExpertSummary, type SearchQuery } from '../api/experts';
import { fieldName } from '../api/facets';
import {
  clearFilters,
  parseSearchParams,
  toSearchParams,
  toggleFilter,
  type FilterKey,
} from '../api/search-params';
import { ActiveFilters, FacetPanels } from '../components/facet-panels';
import { AvailabilityBadge, ProposedBadge, useLanguage } from '../components/labels';
import { paths } from '@/config/paths';

/**
 * The public directory of the expert network: the server searches accent-insensitively and with typo
 * tolerance, and counts the hits per field, qualification, association and availability (facets).
 * The search, the filters and the page live in the URL, so links are shareable and Back works.
 */
export default function ExpertDirectoryPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const query = parseSearchParams(params);
  const search = useExpertSearch(query);
  const vocabulary = useExpertVocabulary();
  const canCreate = auth.hasRole('staff', 'admin', 'association-officer');
  const office = auth.hasRole('staff', 'admin');

  const go = (next: SearchQuery) => setParams(toSearchParams(next));
  const update = (change: Partial<SearchQuery>) => go({ ...query, page: 1, ...change });
  const toggle = (filter: FilterKey, value: string) => go(toggleFilter(query, filter, value));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('experts.directory.title')}</Title>
        <Group gap="xs">
          <ExportMenu download={(format) => downloadExpertExport(query, format)} />
          {canCreate && (
            <Button component={Link} to={paths.experts.create.getHref()} data-testid="create-expert">
              {t('experts.directory.create')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('experts.directory.intro')}</Text>
      <SearchBox
        label={t('experts.search.label')}
        placeholder={t('experts.search.placeholder')}
        value={query.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
        testId="expert-search"
      />
      {office && (
        <Checkbox
          label={t('experts.directory.onlyProposed')}
          checked={query.membership === 'proposed'}
          onChange={(e) => update({ membership: e.currentTarget.checked ? 'proposed' : undefined })}
          data-testid="only-proposed"
        />
      )}
      <ActiveFilters
        query={query}
        facets={search.data?.facets}
        vocabulary={vocabulary.data}
        language={language}
        onRemove={(filter) => update({ [filter]: undefined })}
        onClear={() => go(clearFilters(query))}
      />
      {search.isPending ? (
        <LoadingState />
      ) : search.isError ? (
        <ErrorState error={search.error} onRetry={() => void search.refetch()} />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <FacetPanels
              facets={search.data.facets}
              query={query}
              vocabulary={vocabulary.data}
              language={language}
              onToggle={toggle}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Stack gap="sm">
              {search.data.approximate && search.data.items.length > 0 && (
                <Alert color="blue" variant="light" data-testid="approximate">
                  {t('experts.search.approximate', { q: query.q ?? '' })}
                </Alert>
              )}
              {search.data.items.length === 0 ? (
                <EmptyState
                  message={query.q ? t('experts.search.noMatch', { q: query.q }) : t('experts.search.empty')}
                />
              ) : (
                <>
                  <SimpleGrid
                    cols={{ base: 1, sm: 2 }}
                    component="ul"
                    style={{ listStyle: 'none', padding: 0, margin: 0 }}
                    data-testid="expert-results"
                  >
                    {search.data.items.map((e) => (
                      <ExpertCard
                        key={e.id}
                        expert={e}
                        fieldLabel={(code) => fieldName(vocabulary.data, code, language)}
                      />
                    ))}
                  </SimpleGrid>
                  <ListPagination
                    page={query.page}
                    size={query.size}
                    total={search.data.total}
                    totalKey={tk('experts.search.total')}
                    onChange={(page) => go({ ...query, page })}
                  />
                </>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function ExpertCard({
  expert: e,
  fieldLabel,
}: {
  expert: ExpertSummary;
  fieldLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="li" data-testid="expert-item">
      <Anchor component={Link} to={paths.experts.detail.getHref(e.id)} fw={600}>
        {e.displayName}
      </Anchor>
      {(e.position || e.organisation) && (
        <Text size="sm" mt={4}>
          {[e.position, e.organisation].filter(Boolean).join(', ')}
        </Text>
      )}
      {e.fieldCodes.length > 0 && (
        <Group gap={4} mt={6} aria-label={t('experts.field.fields')} role="group">
          {e.fieldCodes.map((code) => (
            <Badge key={code} variant="light" color="blue" c="blue.9" style={{ textTransform: 'none' }}>
              {fieldLabel(code)}
            </Badge>
          ))}
        </Group>
      )}
      {(e.availability != null || e.membership === 'proposed') && (
        <Group gap={4} mt={6}>
          {e.availability != null && (
            <AvailabilityBadge availability={e.availability} busyUntil={e.busyUntil} />
          )}
          {e.membership === 'proposed' && <ProposedBadge />}
        </Group>
      )}
    </Card>
  );
}
