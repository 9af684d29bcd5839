import { ActionIcon, Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { EmptyState, QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { useArticles, usePlaceArticle, type Article, type Issue } from '../api/bulletins';
import { authorNames, isEditable, movedPosition, pageRange } from '../api/workflow';
import { paths } from '@/config/paths';

/** The most articles an issue is shown with (the API's page size limit). */
const MAX_ARTICLES = 100;

/**
 * The articles placed in the issue, in order: while the issue is in preparation they can be moved up
 * and down, taken out, and unplaced articles added at the end (or a new one written for it).
 */
export function IssueArticles({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const placed = useArticles({ issueId: issue.id, page: 1, size: MAX_ARTICLES });
  const place = usePlaceArticle();
  const conflict = useConflict(() => placed.refetch());
  const [error, setError] = useState<unknown>(null);
  const editable = isEditable(issue.status);

  if (!placed.isSuccess) return <QueryState query={placed} />;
  const articles = placed.data.items;
  const positions = articles.map((a) => a.position ?? 0);

  const placeAt = (a: Article, issueId: string | undefined, position: number | undefined, done: string) => {
    setError(null);
    place.mutate(
      { id: a.id, issueId, position, version: a.version },
      {
        onSuccess: () => notifySuccess(done),
        onError: (e) => conflict.handle(e, setError),
      },
    );
  };
  const busy = place.isPending || placed.isFetching;

  return (
    <Stack gap="md">
      {error ? <ProblemAlert error={error} /> : null}
      {articles.length === 0 ? (
        <EmptyState message={t('bulletins.toc.empty')} />
      ) : (
        <Stack
          component="ol"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          data-testid="placed-articles"
        >
          {articles.map((a, index) => {
            const pages = pageRange(a.pageFrom, a.pageTo);
            const up = movedPosition(positions, index, -1);
            const down = movedPosition(positions, index, 1);
            return (
              <Group
                component="li"
                key={a.id}
                justify="space-between"
                wrap="nowrap"
                align="flex-start"
                p="xs"
                style={{
                  border: '1px solid var(--mantine-color-gray-3)',
                  borderRadius: 'var(--mantine-radius-sm)',
                }}
                data-testid="placed-article"
                data-article-id={a.id}
                data-position={a.position}
              >
                <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                  <Text fw={700} w={28} ta="right" style={{ flexShrink: 0 }}>
                    {a.position}.
                  </Text>
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={paths.bulletins.article.getHref(a.id)} fw={600}>
                      {a.title}
                    </Anchor>
                    <Text size="sm">{authorNames(a.authors)}</Text>
                    <Group gap="xs">
                      {pages && (
                        <Text size="sm" c="dimmed">
                          {t('bulletins.toc.pages', { pages })}
                        </Text>
                      )}
                      {a.pdf && (
                        <Badge variant="outline" color="gray.8" tt="none" size="sm">
                          PDF
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Group>
                {editable && (
                  <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      disabled={up === undefined || busy}
                      onClick={() =>
                        placeAt(a, issue.id, up, t('bulletins.placement.moved', { title: a.title }))
                      }
                      aria-label={t('bulletins.placement.up', { title: a.title })}
                      data-testid="move-up"
                    >
                      <span aria-hidden>↑</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      disabled={down === undefined || busy}
                      onClick={() =>
                        placeAt(a, issue.id, down, t('bulletins.placement.moved', { title: a.title }))
                      }
                      aria-label={t('bulletins.placement.down', { title: a.title })}
                      data-testid="move-down"
                    >
                      <span aria-hidden>↓</span>
                    </ActionIcon>
                    <Button
                      variant="outline"
                      color="red.9"
                      size="xs"
                      disabled={busy}
                      onClick={() =>
                        placeAt(a, undefined, undefined, t('bulletins.placement.removed', { title: a.title }))
                      }
                      aria-label={t('bulletins.placement.removeNamed', { title: a.title })}
                      data-testid="unplace"
                    >
                      {t('bulletins.placement.remove')}
                    </Button>
                  </Group>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
      {editable && (
        <AddArticle
          busy={busy}
          onAdd={(a) => placeAt(a, issue.id, undefined, t('bulletins.placement.added', { title: a.title }))}
          issueId={issue.id}
        />
      )}
      {conflict.dialog}
    </Stack>
  );
}

/** Picks an unplaced article (searched on the server) to put at the end of the issue. */
function AddArticle({
  issueId,
  busy,
  onAdd,
}: {
  issueId: string;
  busy: boolean;
  onAdd: (article: Article) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [selected, setSelected] = useState<Article | null>(null);
  const [q] = useDebouncedValue(search, 250);
  const unplaced = useArticles(
    { q: q.trim() || undefined, placed: false, sort: '-createdAt', page: 1, size: 20 },
    opened,
  );
  const items = unplaced.data?.items ?? [];
  const options = [...items, ...(selected && !items.some((a) => a.id === selected.id) ? [selected] : [])];

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('bulletins.placement.add')}
        placeholder={t('bulletins.placement.addPlaceholder')}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        searchValue={search}
        onSearchChange={setSearch}
        onDropdownOpen={() => setOpened(true)}
        filter={({ options: all }) => all}
        nothingFoundMessage={
          unplaced.isFetching ? t('common.loading') : t('bulletins.placement.noneUnplaced')
        }
        value={selected?.id ?? null}
        onChange={(id) => setSelected(options.find((a) => a.id === id) ?? null)}
        data={options.map((a) => ({ value: a.id, label: a.title }))}
        style={{ flex: '1 1 320px' }}
        data-testid="add-article"
      />
      <Button
        variant="default"
        disabled={!selected || busy}
        onClick={() => {
          if (!selected) return;
          onAdd(selected);
          setSelected(null);
          setSearch('');
        }}
        data-testid="add-article-button"
      >
        {t('bulletins.placement.addButton')}
      </Button>
      <Button
        component={Link}
        to={paths.bulletins.articleCreate.getHref(issueId)}
        variant="light"
        data-testid="write-article"
      >
        {t('bulletins.placement.write')}
      </Button>
    </Group>
  );
}
