import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { tk } from '@/i18n';
import { isApiError } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import { useMyAssignments, type MyAssignment } from '../api/consultations';
import { AssignmentWork } from '../components/assignment-work';
import {
  AssignmentStatusBadge,
  ConsultationStatusBadge,
  KIND_LABEL,
  OverdueBadge,
} from '../components/labels';
import { paths } from '@/config/paths';

const SIZE = 20;

/** The expert's assignments, soonest due first, each with its next step inline. */
export default function MyAssignmentsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useMyAssignments(page, SIZE);

  return (
    <Stack gap="md">
      <Title order={1}>{t('consultations.mine.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('consultations.mine.intro')}
      </Text>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        isApiError(list.error, 403) ? (
          // The only refusal for an expert here: the account has no expert profile linked to it.
          <Alert
            color="orange"
            title={t('consultations.mine.noProfileTitle')}
            role="alert"
            data-testid="no-profile"
          >
            <Text size="sm">{t('consultations.mine.noProfile')}</Text>
          </Alert>
        ) : (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        )
      ) : list.data.items.length === 0 ? (
        <EmptyState message={t('consultations.mine.none')} />
      ) : (
        <>
          <Stack gap="md" data-testid="my-assignments">
            {list.data.items.map((item) => (
              <AssignmentCard key={item.assignment.id} item={item} />
            ))}
          </Stack>
          <ListPagination
            page={page}
            size={SIZE}
            total={list.data.total}
            totalKey={tk('consultations.mine.count')}
            onChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}

function AssignmentCard({ item }: { item: MyAssignment }) {
  const { t } = useTranslation();
  const { assignment: a, consultation: c } = item;
  const titleId = `assignment-${a.id}`;
  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={titleId}
      data-testid="my-assignment"
      data-consultation-id={c.id}
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t(KIND_LABEL[c.kind])}
          </Text>
          <Title order={2} size="h3" id={titleId}>
            <Anchor
              component={Link}
              to={paths.consultations.detail.getHref(c.id)}
              inherit
              data-testid="my-assignment-subject"
            >
              {c.subject}
            </Anchor>
          </Title>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <div>
            <Text size="sm" c="dimmed">
              {t('consultations.field.requestingBody')}
            </Text>
            <Text size="sm">{c.requestingBody}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('consultations.assignment.dueOn')}
            </Text>
            <Group gap={4} wrap="wrap">
              <Text size="sm" c={a.overdue ? 'red.9' : undefined} fw={a.overdue ? 700 : undefined}>
                {formatDate(a.opinionDueOn)}
              </Text>
              {a.overdue && <OverdueBadge />}
            </Group>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('consultations.assignment.status')}
            </Text>
            <Group gap={4} wrap="wrap">
              <AssignmentStatusBadge status={a.status} />
              <ConsultationStatusBadge status={c.status} />
            </Group>
          </div>
        </SimpleGrid>
        <AssignmentWork assignment={a} consultationId={c.id} consultationStatus={c.status} consultationLink />
      </Stack>
    </Card>
  );
}
