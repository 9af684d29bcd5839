import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListBody, ListPagination, SearchBox, useListState } from '@/components/list-page';
import { tk } from '@/i18n';
import { formatDateTime, formatMonth, formatNumber } from '@/lib/format';
import { bulletinParams } from '../api/params';
import { usePartnerBulletins, type PartnerBulletin } from '../api/partners';

/** Public: "Tập san từ các tỉnh bạn", the issues pulled from partner unions, with links to their PDFs. */
export default function PartnerBulletinsPage() {
  const { t } = useTranslation();
  const { query, update, pager } = useListState(bulletinParams);
  const list = usePartnerBulletins(query);

  return (
    <Stack gap="md">
      <Title order={1}>{t('partners.bulletins.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('partners.bulletins.intro')}
      </Text>
      <SearchBox
        label={t('partners.bulletins.search')}
        placeholder={t('partners.bulletins.searchPlaceholder')}
        value={query.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
        testId="partner-bulletin-search"
      />
      <ListBody list={list} empty={t('partners.bulletins.none')}>
        {(data) => (
          <>
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.map((b) => (
                <li key={b.id}>
                  <BulletinCard bulletin={b} />
                </li>
              ))}
            </Stack>
            <ListPagination {...pager(data)} totalKey={tk('partners.bulletins.count')} />
          </>
        )}
      </ListBody>
    </Stack>
  );
}

function BulletinCard({ bulletin: b }: { bulletin: PartnerBulletin }) {
  const { t } = useTranslation();
  const withdrawn = b.status === 'withdrawn';
  const headingId = `partner-bulletin-${b.id}`;
  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={headingId}
      data-testid="partner-bulletin"
      data-status={b.status}
    >
      <Stack gap={6}>
        <Text size="sm" c="dimmed" data-testid="partner-bulletin-from">
          {t('partners.bulletins.from', { name: b.partner.name, province: b.partner.province })}
        </Text>
        <Group gap="sm" wrap="wrap">
          <Title order={2} size="h4" id={headingId} td={withdrawn ? 'line-through' : undefined}>
            {b.title}
          </Title>
          {withdrawn && (
            <Badge color="red.8" variant="filled" style={{ textTransform: 'none' }} data-testid="withdrawn">
              {t('partners.bulletins.withdrawn')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {[
            b.volume !== undefined && b.number !== undefined
              ? t('partners.bulletins.volumeNumber', { volume: b.volume, number: b.number })
              : undefined,
            b.month ? formatMonth(b.month) : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {b.summary && <Text size="sm">{b.summary}</Text>}
        {withdrawn ? (
          <Text size="sm" c="red.9" data-testid="withdrawn-note">
            {t('partners.bulletins.withdrawnOn', { at: formatDateTime(b.withdrawnAt) })}
            {b.withdrawReason ? ` ${t('partners.bulletins.reason', { reason: b.withdrawReason })}` : ''}
          </Text>
        ) : b.pdfUrl ? (
          <Group gap="xs">
            <Anchor
              href={b.pdfUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="partner-bulletin-pdf"
            >
              {t('partners.bulletins.pdf', { title: b.title })}
            </Anchor>
            {b.pdfSizeBytes !== undefined && (
              <Text size="xs" c="dimmed">
                ({t('partners.bulletins.size', { kb: formatNumber(Math.ceil(b.pdfSizeBytes / 1024)) })})
              </Text>
            )}
          </Group>
        ) : null}
        {b.articles.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('partners.bulletins.articles', { count: b.articles.length })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
