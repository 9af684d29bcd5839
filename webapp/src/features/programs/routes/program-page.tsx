import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Section } from '@/components/detail-section';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format';
import { useCarryOver, useProgram, type ProgramDetail, type ProgramItem } from '../api/programs';
import { ProgramStatusBadge, TaskStatusBadge, YearTaskLink } from '../components/labels';
import { paths } from '@/config/paths';

function ItemText({ item }: { item: ProgramItem }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
      <Text span fw={700}>
        {item.label}.
      </Text>{' '}
      {item.text}
    </Text>
  );
}

export default function ProgramPage() {
  const { id = '' } = useParams();
  const program = useProgram(id);
  if (!program.isSuccess) return <QueryState query={program} />;
  return <ProgramView program={program.data} />;
}

function ProgramView({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const staff = auth.hasRole('staff', 'admin');
  const years = Array.from({ length: program.endYear - program.startYear + 1 }, (_, i) =>
    String(program.startYear + i),
  );
  const [reportYear, setReportYear] = useState<string>(
    String(Math.min(Math.max(new Date().getFullYear(), program.startYear), program.endYear)),
  );
  const [carryOpen, setCarryOpen] = useState(false);

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.programs.list.getHref()}>
          {t('programs.list.title')}
        </Anchor>
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {program.unionName}
        </Text>
        <Title order={1} style={{ whiteSpace: 'pre-line' }} data-testid="program-title">
          {program.title}
        </Title>
        <Group gap="md" wrap="wrap">
          <Text size="sm" data-testid="program-number">
            {t('programs.field.documentNumber')}: {program.documentNumber}
          </Text>
          <Text size="sm">
            {program.place ? `${program.place}, ` : ''}
            {formatDate(program.documentDate)}
          </Text>
          <Text size="sm">
            {t('programs.termPeriod', {
              term: program.termLabel,
              start: program.startYear,
              end: program.endYear,
            })}
          </Text>
          <ProgramStatusBadge status={program.status} />
        </Group>
      </Stack>
      <Card withBorder>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <Select
            label={t('programs.report.year')}
            w={120}
            allowDeselect={false}
            value={reportYear}
            onChange={(v) => v && setReportYear(v)}
            data={years}
          />
          <Button
            component={Link}
            to={paths.programs.report.getHref(program.id, reportYear)}
            data-testid="open-report"
          >
            {t('programs.report.open')}
          </Button>
          {staff && (
            <>
              <Button component={Link} to={paths.programs.import.getHref()} variant="default">
                {t('programs.import.title')}
              </Button>
              <Button variant="default" onClick={() => setCarryOpen(true)} data-testid="carry-over">
                {t('programs.carry.action')}
              </Button>
            </>
          )}
        </Group>
      </Card>
      {program.preamble && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {program.preamble}
        </Text>
      )}
      <Section id="missions" title={t('programs.view.missions')}>
        <Stack gap="sm" data-testid="missions">
          {program.missions.map((m) => (
            <div key={m.id}>
              <ItemText item={m} />
              {m.subItems.length > 0 && (
                <Stack gap={4} pl="lg" mt={4}>
                  {m.subItems.map((s) => (
                    <Text size="sm" key={s.id}>
                      <Text span fw={700}>
                        {s.label})
                      </Text>{' '}
                      {s.text}
                    </Text>
                  ))}
                </Stack>
              )}
            </div>
          ))}
        </Stack>
      </Section>
      <Section id="regular-tasks" title={t('programs.view.regularTasks')}>
        <Stack gap="md" data-testid="regular-tasks">
          {program.regularTasks.map((item) => (
            <div key={item.id}>
              <ItemText item={item} />
              <Group gap={6} mt={6} wrap="wrap" aria-label={t('programs.view.perYear')}>
                {item.tasks.map((task) => (
                  <YearTaskLink key={task.id} {...task} />
                ))}
              </Group>
            </div>
          ))}
        </Stack>
      </Section>
      {program.years.map((y) => (
        <Section key={y.year} id={`year-${y.year}`} title={t('programs.view.year', { year: y.year })}>
          {y.items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('programs.view.noItems')}
            </Text>
          ) : (
            <Stack gap="sm">
              {y.items.map((item) => {
                const task = item.tasks[0];
                return (
                  <div key={item.id}>
                    <ItemText item={item} />
                    {task && (
                      <Group gap="xs" mt={4}>
                        <TaskStatusBadge status={task.status} late={task.late} percent={task.latestPercent} />
                        <Anchor component={Link} to={paths.programs.task.getHref(task.id)} size="sm">
                          {t('programs.view.openTask', { label: item.label, year: y.year })}
                        </Anchor>
                      </Group>
                    )}
                  </div>
                );
              })}
            </Stack>
          )}
        </Section>
      ))}
      <Section id="implementation" title={t('programs.view.implementation')}>
        <Stack gap="sm">
          {program.implementation.map((item) => (
            <ItemText key={item.id} item={item} />
          ))}
        </Stack>
      </Section>
      {program.closing && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {program.closing}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Section id="recipients" title={t('programs.view.recipients')}>
          <List size="sm">
            {program.recipients.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Section>
        {(program.signer || program.signerTitle) && (
          <Card withBorder>
            <Text fw={700} ta="center" style={{ whiteSpace: 'pre-line' }}>
              {program.signerTitle}
            </Text>
            <Text ta="center" mt="md">
              {program.signer}
            </Text>
          </Card>
        )}
      </SimpleGrid>
      {staff && (
        <CarryOverDialog
          program={program}
          opened={carryOpen}
          onClose={() => setCarryOpen(false)}
          onCreated={(created) => {
            setCarryOpen(false);
            notifySuccess(t('programs.carry.done'));
            void navigate(paths.programs.detail.getHref(created));
          }}
        />
      )}
    </Stack>
  );
}

const TERMS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

function nextTerm(label: string): string {
  const i = TERMS.indexOf(label);
  return i >= 0 && i + 1 < TERMS.length ? TERMS[i + 1]! : '';
}

function CarryOverDialog({
  program,
  opened,
  onClose,
  onCreated,
}: {
  program: ProgramDetail;
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const carry = useCarryOver(program.id);
  const [termLabel, setTermLabel] = useState(nextTerm(program.termLabel));
  const [startYear, setStartYear] = useState<number | string>(program.endYear);
  const [endYear, setEndYear] = useState<number | string>(
    program.endYear + (program.endYear - program.startYear),
  );
  const [documentNumber, setDocumentNumber] = useState('');
  const [key] = useState(newIdempotencyKey);
  const fields = carry.error instanceof ApiError ? carry.error.fieldErrors() : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    carry.mutate(
      {
        body: {
          termLabel: termLabel.trim(),
          startYear: Number(startYear),
          endYear: Number(endYear),
          documentNumber: documentNumber.trim(),
        },
        idempotencyKey: key,
      },
      { onSuccess: (created) => onCreated(created.id) },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('programs.carry.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('programs.carry.help')}</Text>
          {carry.error ? <ProblemAlert error={carry.error} /> : null}
          <TextInput
            label={t('programs.carry.termLabel')}
            required
            value={termLabel}
            onChange={(e) => setTermLabel(e.currentTarget.value)}
            error={fields.termLabel}
          />
          <Group grow>
            <NumberInput
              label={t('programs.carry.startYear')}
              required
              min={1900}
              max={2200}
              value={startYear}
              onChange={setStartYear}
              error={fields.startYear}
            />
            <NumberInput
              label={t('programs.carry.endYear')}
              required
              min={1900}
              max={2200}
              value={endYear}
              onChange={setEndYear}
              error={fields.endYear}
            />
          </Group>
          <TextInput
            label={t('programs.field.documentNumber')}
            required
            value={documentNumber}
            onChange={(e) => setDocumentNumber(e.currentTarget.value)}
            error={fields.documentNumber}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={carry.isPending}>
              {t('programs.carry.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
