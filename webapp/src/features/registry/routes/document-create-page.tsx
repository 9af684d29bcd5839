import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useAssociationPicker } from '@/components/use-association-picker';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useFieldErrorText } from '@/lib/form-errors';
import { todayInProvince } from '@/lib/format';
import {
  documentFieldErrors,
  emptyDocument,
  toDocumentInput,
  validateDocument,
  type DocumentFormErrors,
  type DocumentFormValues,
} from '../api/form-model';
import {
  DIRECTIONS,
  DOCUMENT_TYPES,
  useCreateDocument,
  type DocumentDirection,
  type DocumentType,
} from '../api/registry';
import { DIRECTION_LABEL, TYPE_LABEL } from '../components/labels';
import { DateField } from '@/components/date-fields';
import { paths } from '@/config/paths';

/** Registers an outgoing document (the system gives its number) or an incoming one (it gets a registry entry number). */
export default function DocumentCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = todayInProvince();
  const initialDirection: DocumentDirection =
    params.get('direction') === 'incoming' ? 'incoming' : 'outgoing';
  const [values, setValues] = useState<DocumentFormValues>(() => emptyDocument(initialDirection, today));
  const [errors, setErrors] = useState<DocumentFormErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const create = useCreateDocument();
  const errorText = useFieldErrorText();
  const picker = useAssociationPicker();
  const incoming = values.direction === 'incoming';

  const associationOptions = useMemo(() => {
    const options = values.associationIds.map((id) => ({ value: id, label: names[id] ?? id }));
    for (const a of picker.result.data?.items ?? []) {
      if (!options.some((o) => o.value === a.id)) options.push({ value: a.id, label: a.name });
    }
    return options;
  }, [picker.result.data, values.associationIds, names]);

  const set = <K extends keyof DocumentFormValues>(key: K, value: DocumentFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const field = (key: Exclude<keyof DocumentFormValues, 'associationIds' | 'direction' | 'type'>) => ({
    value: values[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errorText(errors[key]),
    name: key,
  });

  const submit = () => {
    const found = validateDocument(values, today);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    // A fresh key per submission: a retried request never registers the document twice.
    create.mutate(
      { body: toDocumentInput(values, names), idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: (created) => {
          notifySuccess(t('registry.created', { symbol: created.symbol, number: created.number }));
          void navigate(paths.registry.document.getHref(created.id));
        },
        onError: (e) => {
          setErrors(e instanceof ApiError ? documentFieldErrors(e.fieldErrors()).byField : {});
          setError(e);
        },
      },
    );
  };

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{incoming ? t('registry.createIncoming') : t('registry.createOutgoing')}</Title>
      <Text size="sm" c="dimmed">
        {incoming ? t('registry.form.incomingIntro') : t('registry.form.outgoingIntro')}
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('registry.field.direction')}
            value={values.direction}
            onChange={(d) =>
              setValues((v) => ({ ...emptyDocument(d as DocumentDirection, today), subject: v.subject }))
            }
            data={DIRECTIONS.map((d) => ({ value: d, label: t(DIRECTION_LABEL[d]) }))}
            data-testid="direction"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('registry.field.type')}
              required
              value={values.type}
              onChange={(e) => set('type', e.currentTarget.value as DocumentType)}
              data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(TYPE_LABEL[d]) }))}
              error={errorText(errors.type)}
              data-testid="type"
            />
            <DateField
              label={t('registry.field.documentDate')}
              required
              {...field('documentDate')}
              data-testid="document-date"
            />
            {incoming ? (
              <>
                <TextInput
                  label={t('registry.field.senderSymbol')}
                  required
                  placeholder="245/UBND-KGVX"
                  {...field('senderSymbol')}
                  data-testid="sender-symbol"
                />
                <DateField
                  label={t('registry.field.receivedOn')}
                  required
                  {...field('receivedOn')}
                  data-testid="received-on"
                />
              </>
            ) : (
              <TextInput
                label={t('registry.field.draftingUnit')}
                description={t('registry.form.draftingUnitHelp')}
                placeholder="VP"
                {...field('draftingUnit')}
                data-testid="drafting-unit"
              />
            )}
            <TextInput
              label={t('registry.field.issuingBody')}
              required={incoming}
              description={incoming ? undefined : t('registry.form.issuingBodyHelp')}
              {...field('issuingBody')}
              data-testid="issuing-body"
            />
          </SimpleGrid>
          <Textarea
            label={t('registry.field.subject')}
            required
            autosize
            minRows={2}
            {...field('subject')}
            data-testid="subject"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('registry.field.signer')} {...field('signer')} data-testid="signer" />
            <TextInput
              label={t('registry.field.signerTitle')}
              {...field('signerTitle')}
              data-testid="signer-title"
            />
          </SimpleGrid>
          <MultiSelect
            label={t('registry.field.associations')}
            description={t('registry.form.associationsHelp')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            data={associationOptions}
            filter={({ options }) => options}
            value={values.associationIds}
            searchValue={picker.search}
            onSearchChange={picker.setSearch}
            onDropdownOpen={picker.onDropdownOpen}
            onChange={(ids) => {
              setNames((n) => {
                const next = { ...n };
                for (const id of ids) next[id] = associationOptions.find((o) => o.value === id)?.label ?? id;
                return next;
              });
              set('associationIds', ids);
            }}
            data-testid="associations"
          />
          <Textarea
            label={t('registry.field.recipients')}
            description={t('registry.form.recipientsHelp')}
            autosize
            minRows={3}
            {...field('recipients')}
            data-testid="recipients"
          />
          <Textarea
            label={t('registry.field.note')}
            autosize
            minRows={2}
            {...field('note')}
            data-testid="note"
          />
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="submit">
              {t('registry.form.register')}
            </Button>
            <Button variant="default" onClick={() => void navigate(paths.registry.list.getHref())}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
