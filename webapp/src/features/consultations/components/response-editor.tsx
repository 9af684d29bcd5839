import {
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentDownloads } from '@/components/document-downloads';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { ApiError } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import {
  fetchResponseDocument,
  useSaveResponse,
  useSendResponse,
  type Consultation,
} from '../api/consultations';
import { parseRecipients, todayIso } from '../api/workflow';
import { DateField } from '@/components/date-fields';

/** The union's consolidated response: drafted here, downloaded as a letter, then recorded as sent. */
export function ResponseEditor({
  consultation,
  reload,
  office,
}: {
  consultation: Consultation;
  reload: () => Promise<Consultation | undefined>;
  /** The office drafts, downloads and records the sending; an expert only reads the sent response. */
  office: boolean;
}) {
  const { t } = useTranslation();
  const response = consultation.response;
  const editable =
    office && (consultation.status === 'experts_assigned' || consultation.status === 'opinions_collected');
  const canSend = office && consultation.status === 'opinions_collected' && Boolean(response.text);

  return (
    <Stack gap="md">
      {response.sentOn && (
        <Card withBorder padding="sm" data-testid="response-sent">
          <Text size="sm" fw={600}>
            {t('consultations.response.sentInfo', {
              date: formatDate(response.sentOn),
              user: response.sentBy ?? '—',
            })}
          </Text>
          {response.reference && (
            <Text size="sm">
              {t('consultations.response.referenceValue', { reference: response.reference })}
            </Text>
          )}
          <Text size="sm" mt={4}>
            {t('consultations.response.sentTo')}
          </Text>
          <List size="sm">
            {response.sentTo.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Card>
      )}
      {editable ? (
        <DraftForm key={consultation.response.text ?? ''} consultation={consultation} reload={reload} />
      ) : response.text ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="response-text-view">
          {response.text}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {consultation.status === 'received'
            ? t('consultations.response.needsExperts')
            : t('consultations.response.none')}
        </Text>
      )}
      {office && response.text && <Downloads consultation={consultation} />}
      {canSend && <SendingForm consultation={consultation} reload={reload} />}
    </Stack>
  );
}

function DraftForm({
  consultation,
  reload,
}: {
  consultation: Consultation;
  reload: () => Promise<Consultation | undefined>;
}) {
  const { t } = useTranslation();
  const save = useSaveResponse(consultation.id);
  const [text, setText] = useState(consultation.response.text ?? '');
  const [reference, setReference] = useState(consultation.response.reference ?? '');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const conflict = useConflict(async () => {
    const latest = await reload();
    if (latest) {
      setText(latest.response.text ?? '');
      setReference(latest.response.reference ?? '');
    }
    setError(null);
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate(
      {
        body: { text: text.trim(), reference: reference.trim() || undefined },
        version: consultation.version,
      },
      {
        onSuccess: () => notifySuccess(t('consultations.response.saved')),
        onError: (err) => conflict.handle(err, setError),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="response-form">
      <Stack gap="sm">
        {error && !fields.text && !fields.reference ? <ProblemAlert error={error} /> : null}
        <Textarea
          label={t('consultations.response.text')}
          description={t('consultations.response.textHelp')}
          required
          autosize
          minRows={8}
          maxLength={50_000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fields.text ?? (missing && !text.trim() ? t('validation.required') : undefined)}
          data-testid="response-text"
        />
        <TextInput
          label={t('consultations.response.reference')}
          description={t('consultations.response.referenceHelp')}
          maxLength={100}
          w={{ base: '100%', sm: 320 }}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={fields.reference}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="save-response">
            {t('consultations.response.save')}
          </Button>
        </Group>
      </Stack>
      {conflict.dialog}
    </form>
  );
}

function Downloads({ consultation }: { consultation: Consultation }) {
  return (
    <DocumentDownloads
      testId="response"
      fetchDocument={(format) => fetchResponseDocument(consultation.id, format)}
    />
  );
}

function SendingForm({
  consultation,
  reload,
}: {
  consultation: Consultation;
  reload: () => Promise<Consultation | undefined>;
}) {
  const { t } = useTranslation();
  const send = useSendResponse(consultation.id);
  const [sentOn, setSentOn] = useState(todayIso);
  const [recipients, setRecipients] = useState(consultation.requestingBody);
  const [reference, setReference] = useState(consultation.response.reference ?? '');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const conflict = useConflict(async () => {
    await reload();
    setError(null);
  });
  const sentTo = parseRecipients(recipients);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!sentOn || sentTo.length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    send.mutate(
      { body: { sentOn, sentTo, reference: reference.trim() || undefined }, version: consultation.version },
      {
        onSuccess: () => notifySuccess(t('consultations.response.sendDone')),
        onError: (err) => conflict.handle(err, setError),
      },
    );
  };

  const sentToError = Object.entries(fields).find(([k]) => k.startsWith('sentTo'))?.[1];

  return (
    <Card withBorder component="section" aria-labelledby="sending-title">
      <Title order={3} size="h4" id="sending-title" mb="xs">
        {t('consultations.response.sendTitle')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="sending-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('consultations.response.sendIntro')}
          </Text>
          {error && !fields.sentOn && !sentToError && !fields.reference ? (
            <ProblemAlert error={error} />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('consultations.response.sentOn')}
              required
              max={todayIso()}
              value={sentOn}
              onChange={(e) => setSentOn(e.currentTarget.value)}
              error={fields.sentOn ?? (missing && !sentOn ? t('validation.required') : undefined)}
              data-testid="sent-on"
            />
            <TextInput
              label={t('consultations.response.reference')}
              maxLength={100}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={fields.reference}
            />
          </SimpleGrid>
          <Textarea
            label={t('consultations.response.sentTo')}
            description={t('consultations.response.sentToHelp')}
            required
            autosize
            minRows={2}
            value={recipients}
            onChange={(e) => setRecipients(e.currentTarget.value)}
            error={sentToError ?? (missing && sentTo.length === 0 ? t('validation.required') : undefined)}
            data-testid="sent-to"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={send.isPending} data-testid="record-sending">
              {t('consultations.response.send')}
            </Button>
          </Group>
        </Stack>
      </form>
      {conflict.dialog}
    </Card>
  );
}
