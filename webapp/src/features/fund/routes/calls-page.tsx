import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody, ListPagination, SearchBox } from '@/components/list-page';
import { formatDate, formatVnd } from '@/lib/format';
import { CALL_KINDS, useFundCalls, type FundCallKind, type FundCallSummary } from '../api/calls';
import { CallStateBadge, KIND_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

const PAGE_SIZE = 10;

/** The fund's calls and the calls for task proposals, as everyone sees them: the open ones and the results of the others. */
export default function CallsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = CALL_KINDS.includes(kindParam as FundCallKind) ? (kindParam as FundCallKind) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (next: { q?: string; kind?: FundCallKind; page?: number }) => {
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.kind) p.set('kind', next.kind);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    setParams(p);
  };
  const calls = useFundCalls({ q, kind, page, size: PAGE_SIZE });

  return (
    <Stack gap="md">
      <Title order={1}>{t('fund.list.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('fund.list.intro')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <div style={{ flex: 1, minWidth: 240 }}>
          <SearchBox
            value={q}
            onSearch={(text) => go({ q: text, kind })}
            label={t('fund.list.search')}
            placeholder={t('fund.list.searchPlaceholder')}
          />
        </div>
        <SegmentedControl
          aria-label={t('fund.field.kind')}
          value={kind ?? 'all'}
          onChange={(v) => go({ q, kind: v === 'all' ? undefined : (v as FundCallKind) })}
          data={[
            { value: 'all', label: t('fund.list.allKinds') },
            ...CALL_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) })),
          ]}
          data-testid="kind-filter"
        />
      </Group>
      <ListBody list={calls} empty={q || kind ? t('fund.list.noMatch') : t('fund.list.none')}>
        {(data) => (
          <>
            <Stack gap="sm" data-testid="call-list">
              {data.items.map((c) => (
                <CallCard key={c.id} call={c} />
              ))}
            </Stack>
            <ListPagination
              page={page}
              size={PAGE_SIZE}
              total={data.total}
              totalKey="fund.list.total"
              onChange={(next) => go({ q, kind, page: next })}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}

function CallCard({ call }: { call: FundCallSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="article" data-testid="call-card" data-call-id={call.id}>
      <Group gap="xs" mb={4}>
        <Badge variant="dot" color="blue" tt="none">
          {t(KIND_LABEL[call.kind])}
        </Badge>
        <CallStateBadge accepting={call.accepting} status={call.status} />
      </Group>
      <Title order={2} size="h4">
        <Anchor component={Link} to={paths.fund.call.getHref(call.id)} c="inherit">
          {call.title}
        </Anchor>
      </Title>
      <Text size="sm" mt={4}>
        {t('fund.list.card', {
          budget: formatVnd(call.budgetVnd),
          opens: formatDate(call.opensAt),
          closes: formatDate(call.closesAt),
        })}
      </Text>
    </Card>
  );
}
