import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Section } from '@/components/detail-section';
import { FileUpload } from '@/components/file-upload';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { useAuth } from '@/lib/auth/auth-context';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDate, formatDateTime, todayInProvince } from '@/lib/format';
import {
  fetchAttachment,
  useAnswer,
  useAssign,
  useAttach,
  useHandlerCandidates,
  useHandling,
  useHandlingHistory,
  useReport,
  useTransition,
  type Handling,
  type HandlingState,
} from '../api/handling';
import { FILE_TYPES, MAX_FILE_BYTES, useDocuments } from '../api/registry';
import { MOVE_LABEL, STATE_COLOR, STATE_LABEL, eventLabel } from './handling-labels';
import { paths } from '@/config/paths';

type Handler = Handling['handlers'][number];
/** A failed write: a 412 opens the conflict dialog, anything else goes to onOther. */
type OnFailure = (error: unknown, onOther: (error: unknown) => void) => void;

/** Giao xử lý: handlers, the lead among them, the instruction and the deadline. */
function AssignmentForm({ handling, onConflict }: { handling: Handling; onConflict: OnFailure }) {
  const { t } = useTranslation();
  const candidates = useHandlerCandidates();
  const assign = useAssign(handling.documentId);
  const [handlers, setHandlers] = useState<string[]>(handling.handlers.map((h) => h.username));
  const [lead, setLead] = useState<string | null>(handling.leadHandler ?? null);
  const [instruction, setInstruction] = useState(handling.instruction ?? '');
  const [deadline, setDeadline] = useState(handling.deadline ?? '');
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);
  const names = new Map((candidates.data ?? []).map((c) => [c.username, c.displayName]));
  const today = todayInProvince();
  const errors = {
    handlers: handlers.length === 0 ? t('registry.handling.handlersRequired') : undefined,
    lead: !lead || !handlers.includes(lead) ? t('registry.handling.leadMustBeHandler') : undefined,
    deadline: !deadline
      ? t('registry.form.required')
      : deadline < today
        ? t('registry.handling.deadlineNotPast')
        : undefined,
  };
  const valid = !errors.handlers && !errors.lead && !errors.deadline;

  return (
    <Card
      withBorder
      component="form"
      noValidate
      aria-labelledby="assignment-title"
      data-testid="assignment-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!valid || !lead) return;
        setError(null);
        assign.mutate(
          {
            body: { handlers, leadHandler: lead, instruction: instruction.trim() || undefined, deadline },
            version: handling.version,
          },
          {
            onSuccess: () => notifySuccess(t('registry.handling.assigned')),
            onError: (e) => onConflict(e, setError),
          },
        );
      }}
    >
      <Title order={3} size="h4" id="assignment-title" mb="sm">
        {t('registry.handling.assignTitle')}
      </Title>
      <Stack gap="sm">
        <MultiSelect
          label={t('registry.handling.handlers')}
          searchable
          required
          data={(candidates.data ?? []).map((c) => ({
            value: c.username,
            label: `${c.displayName} (${c.username})`,
          }))}
          value={handlers}
          onChange={(v) => {
            setHandlers(v);
            if (v.length === 1) setLead(v[0]!);
          }}
          error={touched ? errors.handlers : undefined}
          data-testid="assign-handlers"
        />
        <Select
          label={t('registry.handling.lead')}
          required
          allowDeselect={false}
          data={handlers.map((u) => ({ value: u, label: names.get(u) ? `${names.get(u)} (${u})` : u }))}
          value={lead}
          onChange={setLead}
          error={touched ? errors.lead : undefined}
          data-testid="assign-lead"
        />
        <Textarea
          label={t('registry.handling.instruction')}
          autosize
          minRows={2}
          maxLength={4000}
          value={instruction}
          onChange={(e) => setInstruction(e.currentTarget.value)}
          data-testid="assign-instruction"
        />
        <TextInput
          type="date"
          label={t('registry.handling.deadline')}
          required
          min={today}
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          error={touched ? errors.deadline : undefined}
          data-testid="assign-deadline"
        />
        {error ? <ProblemAlert error={error} /> : null}
        <Group>
          <Button type="submit" loading={assign.isPending} data-testid="assign-submit">
            {handling.state === 'received' ? t('registry.handling.assign') : t('registry.handling.reassign')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The moves this caller may make now: start (a handler), done (the lead), filed (the office, with a reason). */
function Moves({ handling, me, onConflict }: { handling: Handling; me: string; onConflict: OnFailure }) {
  const { t } = useTranslation();
  const transition = useTransition(handling.documentId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const handler = handling.handlers.some((h) => h.username === me);
  const mayMake = (to: HandlingState) =>
    to === 'in_progress' ? handler : to === 'done' ? handling.leadHandler === me : to === 'filed';
  const moves = handling.allowedMoves.filter(mayMake);
  if (moves.length === 0) return null;
  const move = (to: HandlingState) => {
    setError(null);
    transition.mutate(
      { to, reason: to === 'filed' ? reason.trim() : undefined, version: handling.version },
      {
        onSuccess: () => notifySuccess(t('registry.handling.moved')),
        onError: (e) => onConflict(e, setError),
      },
    );
  };
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        {moves
          .filter((m) => m !== 'filed')
          .map((m) => (
            <Button key={m} loading={transition.isPending} onClick={() => move(m)} data-testid={`move-${m}`}>
              {t(MOVE_LABEL[m] ?? m)}
            </Button>
          ))}
        {moves.includes('filed') && (
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('registry.handling.filedReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={2000}
              data-testid="filed-reason"
            />
            <Button
              variant="default"
              disabled={!reason.trim()}
              loading={transition.isPending}
              onClick={() => move('filed')}
              data-testid="move-filed"
            >
              {t('registry.handling.moves.filed')}
            </Button>
          </Group>
        )}
      </Group>
      {error ? <ProblemAlert error={error} /> : null}
    </Stack>
  );
}

/** One handler's report and files; their own is editable while the document is being handled. */
function HandlerCard({
  handling,
  handler,
  mine,
  onConflict,
}: {
  handling: Handling;
  handler: Handler;
  mine: boolean;
  onConflict: OnFailure;
}) {
  const { t } = useTranslation();
  const report = useReport(handling.documentId);
  const attach = useAttach(handling.documentId);
  const downloads = useDownloads<string>();
  const [text, setText] = useState(handler.report ?? '');
  const [error, setError] = useState<unknown>(null);
  const open = handling.state === 'assigned' || handling.state === 'in_progress';

  return (
    <Card withBorder data-testid="handler-card" data-username={handler.username}>
      <Group gap="xs" mb="xs">
        <Text fw={600}>{`${handler.displayName} (${handler.username})`}</Text>
        {handler.lead && (
          <Badge variant="dot" color="blue.9">
            {t('registry.handling.leadBadge')}
          </Badge>
        )}
      </Group>
      {mine && open ? (
        <Stack gap="xs">
          <Textarea
            label={t('registry.handling.report')}
            autosize
            minRows={3}
            maxLength={10000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-testid="report-text"
          />
          <Group>
            <Button
              disabled={!text.trim()}
              loading={report.isPending}
              data-testid="report-save"
              onClick={() => {
                setError(null);
                report.mutate(
                  { username: handler.username, report: text.trim(), version: handling.version },
                  {
                    onSuccess: () => notifySuccess(t('registry.handling.reportSaved')),
                    onError: (e) => onConflict(e, setError),
                  },
                );
              }}
            >
              {t('registry.handling.saveReport')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap' }}
          c={handler.report ? undefined : 'dimmed'}
          data-testid="report"
        >
          {handler.report ?? t('registry.handling.noReport')}
        </Text>
      )}
      {handler.reportedAt && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('registry.handling.reportedAt', { at: formatDateTime(handler.reportedAt) })}
        </Text>
      )}
      {handler.attachments.length > 0 && (
        <List size="sm" mt="xs" data-testid="attachment-list">
          {handler.attachments.map((a) => (
            <List.Item key={a.id}>
              <Anchor
                component="button"
                type="button"
                onClick={() =>
                  void downloads.run(a.id, async () =>
                    saveBlob(await fetchAttachment(handling.documentId, a.id), a.fileName),
                  )
                }
              >
                {a.fileName}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {downloads.error ? <ProblemAlert error={downloads.error} /> : null}
      {mine && open && (
        <FileUpload
          label={t('registry.handling.attachments')}
          help={t('registry.fileHelp')}
          accept={FILE_TYPES.join(',')}
          maxBytes={MAX_FILE_BYTES}
          uploading={attach.isPending}
          upload={(file, callbacks) => attach.mutate({ file }, callbacks)}
          testId="attachment"
        />
      )}
      {error ? <ProblemAlert error={error} /> : null}
    </Card>
  );
}

/** The outgoing document that answers: shown to all, linked by a handler while the document is handled. */
function Answer({
  handling,
  editable,
  onConflict,
}: {
  handling: Handling;
  editable: boolean;
  onConflict: OnFailure;
}) {
  const { t } = useTranslation();
  const answer = useAnswer(handling.documentId);
  const outgoing = useDocuments({ direction: 'outgoing', sort: '-createdAt', page: 1, size: 100 });
  const [picked, setPicked] = useState<string | null>(handling.answer?.id ?? null);
  const [error, setError] = useState<unknown>(null);
  const save = (id: string | null) => {
    setError(null);
    answer.mutate(
      { outgoingDocumentId: id, version: handling.version },
      {
        onSuccess: () => notifySuccess(t('registry.handling.answerLinked')),
        onError: (e) => onConflict(e, setError),
      },
    );
  };
  return (
    <Stack gap="xs">
      {handling.answer ? (
        <Text data-testid="answer">
          <Anchor component={Link} to={paths.registry.document.getHref(handling.answer.id)}>
            {handling.answer.symbol}
          </Anchor>{' '}
          — {handling.answer.subject} ({formatDate(handling.answer.documentDate)})
        </Text>
      ) : (
        <Text c="dimmed">{t('registry.handling.noAnswer')}</Text>
      )}
      {editable && (
        <Group align="flex-end">
          <Select
            label={t('registry.handling.answerPick')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            data={(outgoing.data?.items ?? []).map((d) => ({
              value: d.id,
              label: `${d.symbol} — ${d.subject}`,
            }))}
            value={picked}
            onChange={setPicked}
            w={420}
            data-testid="answer-select"
          />
          <Button
            variant="default"
            disabled={!picked}
            loading={answer.isPending}
            onClick={() => save(picked)}
            data-testid="answer-link"
          >
            {t('registry.handling.linkAnswer')}
          </Button>
          {handling.answer && (
            <Button variant="subtle" loading={answer.isPending} onClick={() => save(null)}>
              {t('registry.handling.unlinkAnswer')}
            </Button>
          )}
        </Group>
      )}
      {error ? <ProblemAlert error={error} /> : null}
    </Stack>
  );
}

function History({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const history = useHandlingHistory(documentId);
  if (!history.isSuccess) return <QueryState query={history} />;
  if (history.data.items.length === 0) return <Text c="dimmed">{t('registry.handling.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="handling-history">
      {history.data.items.map((e, i) => (
        <Timeline.Item
          key={i}
          title={t(eventLabel(e.event))}
          data-testid="history-entry"
          data-event={e.event}
        >
          <Text size="sm" c="dimmed">
            {`${formatDateTime(e.occurredAt)} — ${e.actor}`}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The handling of an incoming document, on its page: for the office (the handlers are office users) only. */
export function HandlingSection({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = auth.me?.username ?? '';
  const handling = useHandling(documentId);
  const conflict = useConflict(() => handling.refetch());
  const onConflict: OnFailure = (e, onOther) => conflict.handle(e, onOther);

  if (!handling.isSuccess) return <QueryState query={handling} />;
  const h = handling.data;
  const open = h.state === 'received' || h.state === 'assigned' || h.state === 'in_progress';
  const mine = h.handlers.some((x) => x.username === me);

  return (
    <Section title={t('registry.handling.section')} id="handling-title" testId="handling-section">
      <Stack gap="md">
        <Group gap="sm">
          <Badge
            color={STATE_COLOR[h.state]}
            variant="dot"
            size="lg"
            data-testid="handling-state"
            data-state={h.state}
          >
            {t(STATE_LABEL[h.state])}
          </Badge>
          {h.overdue && (
            <Badge color="red.9" size="lg" data-testid="handling-overdue">
              {t('registry.handling.overdue')}
            </Badge>
          )}
        </Group>
        {h.state !== 'received' && (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
            <Fact label={t('registry.handling.deadline')} testId="handling-deadline">
              {h.deadline ? formatDate(h.deadline) : ''}
            </Fact>
            <Fact label={t('registry.handling.lead')}>{h.leadHandler}</Fact>
            <Fact label={t('registry.handling.assignedBy')}>
              {h.assignedBy ? `${h.assignedBy} (${formatDateTime(h.assignedAt)})` : ''}
            </Fact>
          </SimpleGrid>
        )}
        {h.instruction && (
          <div>
            <Text size="sm" c="dimmed">
              {t('registry.handling.instruction')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="handling-instruction">
              {h.instruction}
            </Text>
          </div>
        )}
        {h.filedReason && (
          <Fact label={t('registry.handling.filedReason')} testId="handling-filed-reason">
            {h.filedReason}
          </Fact>
        )}
        {h.closedBy && (
          <Text size="sm" c="dimmed">
            {t('registry.handling.closedBy', { who: h.closedBy, at: formatDateTime(h.closedAt) })}
          </Text>
        )}
        <Moves key={`moves-${h.version}`} handling={h} me={me} onConflict={onConflict} />
        {open && <AssignmentForm key={`assign-${h.version}`} handling={h} onConflict={onConflict} />}
        {h.handlers.length > 0 && (
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('registry.handling.reports')}
            </Title>
            <Stack gap="sm">
              {h.handlers.map((x) => (
                <HandlerCard
                  key={`${x.username}-${h.version}`}
                  handling={h}
                  handler={x}
                  mine={x.username === me}
                  onConflict={onConflict}
                />
              ))}
            </Stack>
          </div>
        )}
        {h.state !== 'received' && (
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('registry.handling.answer')}
            </Title>
            <Answer
              key={`answer-${h.version}`}
              handling={h}
              editable={mine && (h.state === 'assigned' || h.state === 'in_progress')}
              onConflict={onConflict}
            />
          </div>
        )}
        <div>
          <Title order={3} size="h4" mb="xs">
            {t('registry.handling.history')}
          </Title>
          <History documentId={documentId} />
        </div>
      </Stack>
      {conflict.dialog}
    </Section>
  );
}
