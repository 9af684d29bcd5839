import { Alert, Anchor, Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '@/lib/format';
import type { ImportPreview, ParsedProgramItem } from '../api/programs';
import { paths } from '@/config/paths';

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} data-testid={testId}>
        {formatNumber(value)}
      </Text>
    </Card>
  );
}

function Items({ items }: { items: ParsedProgramItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="ol" style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>
      {items.map((item, i) => (
        <li key={`${item.line ?? i}-${item.label ?? ''}`}>
          <Text size="sm">
            <Text span fw={700}>
              {item.label}.
            </Text>{' '}
            {item.text}{' '}
            {item.line !== undefined && (
              <Text span size="xs" c="dimmed">
                ({t('programs.import.line', { line: item.line })})
              </Text>
            )}
          </Text>
          {item.subItems && item.subItems.length > 0 && (
            <Stack gap={4} component="ol" pl="lg" mt={4} style={{ listStyle: 'none', margin: 0 }}>
              {item.subItems.map((sub, j) => (
                <li key={`${sub.line ?? j}-${sub.label ?? ''}`}>
                  <Text size="sm">
                    <Text span fw={700}>
                      {sub.label})
                    </Text>{' '}
                    {sub.text}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </li>
      ))}
    </Stack>
  );
}

/** What an import would create: counts, the flagged lines, then the parsed document as a tree. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { counts, parsed } = preview;
  const years = Object.entries(counts.yearTasks).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Stack gap="md" data-testid="import-preview">
      <Card withBorder>
        <Text fw={700}>{parsed.title}</Text>
        <Text size="sm">
          {t('programs.field.documentNumber')}: {parsed.documentNumber ?? '—'} ·{' '}
          {t('programs.field.documentDate')}: {formatDate(parsed.documentDate)} · {t('programs.field.term')}:{' '}
          {parsed.termLabel ?? '—'} ({parsed.startYear ?? '?'}–{parsed.endYear ?? '?'})
        </Text>
      </Card>
      <section aria-labelledby="import-counts">
        <Title order={2} size="h3" id="import-counts" mb="xs">
          {t('programs.import.counts')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
          <Count label={t('programs.import.missions')} value={counts.missions} testId="count-missions" />
          <Count
            label={t('programs.import.missionSubItems')}
            value={counts.missionSubItems}
            testId="count-mission-sub-items"
          />
          <Count
            label={t('programs.import.regularTasks')}
            value={counts.regularTasks}
            testId="count-regular-tasks"
          />
          {years.map(([year, n]) => (
            <Count
              key={year}
              label={t('programs.import.yearTasks', { year })}
              value={n}
              testId={`count-year-${year}`}
            />
          ))}
          <Count
            label={t('programs.import.implementation')}
            value={counts.implementation}
            testId="count-implementation"
          />
          <Count
            label={t('programs.import.recipients')}
            value={counts.recipients}
            testId="count-recipients"
          />
          <Count label={t('programs.import.flags')} value={counts.flags} testId="count-flags" />
        </SimpleGrid>
      </section>
      <section aria-labelledby="import-flags">
        <Title order={2} size="h3" id="import-flags" mb="xs">
          {t('programs.import.flagsTitle')}
        </Title>
        {parsed.flags.length === 0 ? (
          <Text c="dimmed" data-testid="no-flags">
            {t('programs.import.noFlags')}
          </Text>
        ) : (
          <Alert color="orange" variant="light" title={t('programs.import.flagsHelp')}>
            <ListTable
              columns={[
                t('programs.import.lineHeader'),
                t('programs.import.textHeader'),
                t('programs.import.reasonHeader'),
              ]}
              minWidth={480}
              testId="flag-table"
              striped={false}
            >
              {parsed.flags.map((f, i) => (
                <Table.Tr key={`${f.line ?? i}-${i}`} data-testid="import-flag">
                  <Table.Td data-testid="flag-line">{f.line}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-word' }}>
                      {f.text}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {f.reason}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          </Alert>
        )}
      </section>
      {preview.existingProgramId && (
        <Alert color="blue" data-testid="already-imported">
          {t('programs.import.alreadyImported')}{' '}
          <Anchor component={Link} to={paths.programs.detail.getHref(preview.existingProgramId)}>
            {t('programs.import.openProgram')}
          </Anchor>
        </Alert>
      )}
      <section aria-labelledby="import-tree">
        <Title order={2} size="h3" id="import-tree" mb="xs">
          {t('programs.import.tree')}
        </Title>
        <Stack gap="md">
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t('programs.view.missions')}
            </Title>
            <Items items={parsed.missions} />
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t('programs.view.regularTasks')}
            </Title>
            <Items items={parsed.regularTasks} />
          </Card>
          {parsed.years.map((y) => (
            <Card withBorder key={y.year}>
              <Title order={3} size="h4" mb="xs">
                {t('programs.view.year', { year: y.year })}
              </Title>
              <Items items={y.items ?? []} />
            </Card>
          ))}
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t('programs.view.implementation')}
            </Title>
            <Items items={parsed.implementation} />
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="xs">
              {t('programs.view.recipients')}
            </Title>
            <List size="sm">
              {parsed.recipients.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          </Card>
        </Stack>
      </section>
    </Stack>
  );
}
