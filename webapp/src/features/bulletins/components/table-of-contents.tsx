import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/page-states';
import { apiHref, type ArticleAuthor, type TocEntry } from '../api/bulletins';
import { pageRange } from '../api/workflow';
import { paths } from '@/config/paths';

/** The table of contents: position, title, authors (linked to the expert network), pages, PDF. */
export function TableOfContents({ entries, public: isPublic }: { entries: TocEntry[]; public: boolean }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <EmptyState message={t('bulletins.toc.empty')} />;
  return (
    <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }} data-testid="toc">
      {entries.map((e) => {
        const pages = pageRange(e.pageFrom, e.pageTo);
        return (
          <Group
            component="li"
            key={e.articleId}
            align="flex-start"
            wrap="nowrap"
            gap="sm"
            data-testid="toc-entry"
            data-article-id={e.articleId}
          >
            <Text fw={700} w={28} ta="right" style={{ flexShrink: 0 }}>
              {e.position}.
            </Text>
            <Stack gap={2} style={{ flex: 1 }}>
              <Text fw={600} data-testid="toc-title">
                {e.title}
              </Text>
              <Authors authors={e.authors} />
              <Group gap="md" wrap="wrap">
                {pages && (
                  <Text size="sm" c="dimmed" data-testid="toc-pages">
                    {t('bulletins.toc.pages', { pages })}
                  </Text>
                )}
                {e.pdfUrl && isPublic && (
                  <Anchor
                    href={apiHref(e.pdfUrl)}
                    target="_blank"
                    rel="noopener"
                    size="sm"
                    aria-label={t('bulletins.toc.pdfOf', { title: e.title })}
                    data-testid="toc-pdf"
                  >
                    {t('bulletins.toc.pdf')}
                  </Anchor>
                )}
              </Group>
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}

/** Authors as printed; one who is in the expert network links to their public profile. */
export function Authors({ authors }: { authors: ArticleAuthor[] }) {
  return (
    <Text size="sm" data-testid="authors">
      {authors.map((a, i) => (
        <Fragment key={`${a.name}-${i}`}>
          {i > 0 && '; '}
          {a.expertId ? (
            <Anchor component={Link} to={paths.experts.detail.getHref(a.expertId)} size="sm">
              {a.name}
            </Anchor>
          ) : (
            a.name
          )}
          {a.affiliation && (
            <Text span size="sm" c="dimmed">
              {' '}
              ({a.affiliation})
            </Text>
          )}
        </Fragment>
      ))}
    </Text>
  );
}
