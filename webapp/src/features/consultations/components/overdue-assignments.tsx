import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { Link } from 'react-router';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, QueryState } from '@/components/page-states';
import { tk } from '@/i18n';
import { formatDate } from '@/lib/format';
import { useOverdueAssignments } from '../api/consultations';
import { AssignmentStatusBadge, KIND_LABEL, OverdueBadge } from './labels';
import { paths } from '@/config/paths';

const SIZE = 20;

/** Opinions past their due date, across consultations (listAssignments overdue=true). */
export function OverdueAssignments() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useOverdueAssignments(page, SIZE);

  if (!list.isSuccess) return <QueryState query={list} />;
  if (list.data.items.length === 0) return <EmptyState message={t('consultations.overdueTab.none')} />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('consultations.overdueTab.intro')}
      </Text>
      <ListTable
        columns={[
          t('consultations.assignment.expert'),
          t('consultations.field.subject'),
          t('consultations.field.requestingBody'),
          t('consultations.assignment.dueOn'),
          { label: t('consultations.assignment.status'), miw: 190 },
        ]}
        minWidth={720}
        testId="overdue-assignments"
      >
        {list.data.items.map(({ assignment: a, consultation: c }) => (
          <Table.Tr key={a.id} data-testid="overdue-assignment-row">
            <Table.Td>{a.expertName}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={paths.consultations.detail.getHref(c.id)}>
                {c.subject}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t(KIND_LABEL[c.kind])}
              </Text>
            </Table.Td>
            <Table.Td>{c.requestingBody}</Table.Td>
            <Table.Td>
              <Text span size="sm" c="red.9" fw={700} mr={4}>
                {formatDate(a.opinionDueOn)}
              </Text>
              {a.overdue && <OverdueBadge />}
            </Table.Td>
            <Table.Td>
              <AssignmentStatusBadge status={a.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <ListPagination
        page={page}
        size={SIZE}
        total={list.data.total}
        totalKey={tk('consultations.overdueTab.count')}
        onChange={setPage}
      />
    </Stack>
  );
}
