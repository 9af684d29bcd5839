import {
  Button,
  Code,
  Group,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportMenu, ListBody, ListPagination } from '@/components/list-page';
import { tk } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import {
  AUDIT_PAGE_SIZE,
  downloadAuditExport,
  parseAuditParams,
  toAuditParams,
  useAuditEvents,
  type AuditQuery,
} from '../api/audit';
import { DateField } from '@/components/date-fields';

const ACTIONS = {
  create: tk('audit.action.create'),
  update: tk('audit.action.update'),
  delete: tk('audit.action.delete'),
};

/** Admin: who changed what, newest first, with the record before and after. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = parseAuditParams(params);
  const events = useAuditEvents(query);
  const [open, setOpen] = useState<string | null>(null);

  const applyFilters = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    setParams(
      toAuditParams({
        entityType: text('entityType'),
        entityId: text('entityId'),
        actor: text('actor'),
        action: text('action') as AuditQuery['action'],
        from: text('from'),
        to: text('to'),
        page: 1,
      }),
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('audit.title')}</Title>
        <ExportMenu download={(format) => downloadAuditExport(query, format)} />
      </Group>
      <form onSubmit={applyFilters} key={params.toString()} aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
          <TextInput name="entityType" label={t('audit.entityType')} defaultValue={query.entityType} />
          <TextInput name="entityId" label={t('audit.entityId')} defaultValue={query.entityId} />
          <TextInput name="actor" label={t('audit.actor')} defaultValue={query.actor} />
          <Select
            name="action"
            label={t('audit.actionLabel')}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            placeholder={t('list.any')}
            defaultValue={query.action ?? null}
            data={Object.entries(ACTIONS).map(([value, key]) => ({ value, label: t(key) }))}
          />
          <DateField name="from" label={t('audit.from')} defaultValue={query.from} />
          <DateField name="to" label={t('audit.to')} defaultValue={query.to} />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
            {t('audit.clear')}
          </Button>
        </Group>
      </form>
      <ListBody list={events}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table data-testid="audit-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.when')}</Table.Th>
                    <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                    <Table.Th scope="col">{t('audit.actionLabel')}</Table.Th>
                    <Table.Th scope="col">{t('audit.entityType')}</Table.Th>
                    <Table.Th scope="col">{t('audit.entityId')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('audit.details')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((e) => (
                    <Fragment key={e.id}>
                      <Table.Tr>
                        <Table.Td>{formatDateTime(e.occurredAt)}</Table.Td>
                        <Table.Td>{e.actor}</Table.Td>
                        <Table.Td>{t(ACTIONS[e.action])}</Table.Td>
                        <Table.Td>{e.entityType}</Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace">
                            {e.entityId}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-expanded={open === e.id}
                            onClick={() => setOpen(open === e.id ? null : e.id)}
                          >
                            {open === e.id ? t('audit.hide') : t('audit.show')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                      {open === e.id && (
                        <Table.Tr>
                          <Table.Td colSpan={6}>
                            <SimpleGrid cols={{ base: 1, md: 2 }}>
                              <div>
                                <Text fw={600} size="sm">
                                  {t('audit.before')}
                                </Text>
                                <ScrollArea.Autosize mah={300}>
                                  <Code block>{e.before ? JSON.stringify(e.before, null, 2) : '—'}</Code>
                                </ScrollArea.Autosize>
                              </div>
                              <div>
                                <Text fw={600} size="sm">
                                  {t('audit.after')}
                                </Text>
                                <ScrollArea.Autosize mah={300}>
                                  <Code block>{e.after ? JSON.stringify(e.after, null, 2) : '—'}</Code>
                                </ScrollArea.Autosize>
                              </div>
                            </SimpleGrid>
                            {e.requestId && (
                              <Text size="xs" c="dimmed" mt="xs">
                                {t('error.requestId', { id: e.requestId })}
                              </Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination
              page={query.page}
              size={AUDIT_PAGE_SIZE}
              total={data.total}
              totalExact={data.totalExact}
              totalKey={tk('audit.total')}
              onChange={(page) => setParams(toAuditParams({ ...query, page }))}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
