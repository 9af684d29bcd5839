import { Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Section } from '@/components/detail-section';
import { ListTable } from '@/components/list-page';
import { QueryState } from '@/components/page-states';
import { formatDateTime, formatNumber, formatVnd } from '@/lib/format';
import { documentHref, useFundCall } from '../api/calls';
import { CallStateBadge, ELIGIBILITY_LABEL, KIND_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

/** One call as applicants read it: what it supports, its budget, who may apply, until when, how it is assessed. */
export default function CallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const call = useFundCall(id);
  if (!call.isSuccess) return <QueryState query={call} />;
  const c = call.data;
  return (
    <Stack gap="md" component="article" aria-labelledby="call-title">
      <Text size="sm">
        <Anchor component={Link} to={paths.fund.calls.getHref()}>
          {t('fund.list.title')}
        </Anchor>
      </Text>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t(KIND_LABEL[c.kind])}
        </Text>
        <CallStateBadge accepting={c.accepting} status={c.status} />
      </Group>
      <Title order={1} id="call-title" data-testid="call-title">
        {c.title}
      </Title>
      <Text style={{ whiteSpace: 'pre-line' }} data-testid="call-description">
        {c.description}
      </Text>
      <Section title={t('fund.call.essentials')}>
        <List spacing={4} data-testid="call-essentials">
          <List.Item>{t('fund.call.budget', { budget: formatVnd(c.budgetVnd) })}</List.Item>
          <List.Item>{t('fund.call.eligibility', { who: t(ELIGIBILITY_LABEL[c.eligibility]) })}</List.Item>
          <List.Item>
            {t('fund.call.window', { opens: formatDateTime(c.opensAt), closes: formatDateTime(c.closesAt) })}
          </List.Item>
          {c.fields.length > 0 && <List.Item>{t('fund.call.fields', { count: c.fields.length })}</List.Item>}
        </List>
      </Section>
      {c.rubric.length > 0 && (
        <Section title={t('fund.call.rubric')}>
          <ListTable
            columns={[
              t('fund.col.criterion'),
              { label: t('fund.col.weight'), align: 'right' },
              { label: t('fund.col.maxScore'), align: 'right' },
            ]}
            minWidth={480}
            testId="call-rubric"
          >
            {c.rubric.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Td>
                  {r.name}
                  {r.description && (
                    <Text size="xs" c="dimmed">
                      {r.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(r.weight)} %</Table.Td>
                <Table.Td ta="right">{formatNumber(r.maxScore)}</Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        </Section>
      )}
      {c.documents.length > 0 && (
        <Section title={t('fund.call.documents')}>
          <List spacing={4} data-testid="call-documents">
            {c.documents.map((d) => (
              <List.Item key={d.id}>
                <Anchor href={documentHref(d.url)} download={d.fileName}>
                  {d.fileName}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
    </Stack>
  );
}
