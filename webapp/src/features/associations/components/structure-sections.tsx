import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { AssociationDetail } from '../api/associations';
import {
  useDeleteCongress,
  useDeleteLeader,
  useDeleteTerm,
  useSaveCongress,
  useSaveLeader,
  useSaveTerm,
} from '../api/structure';
import {
  EMPTY_TERM,
  congressInput,
  congressValues,
  emptyCongress,
  emptyLeader,
  leaderInput,
  leaderValues,
  termInput,
  termValues,
} from '../api/structure-form-model';
import { LEADER_ROLE_LABEL } from './labels';
import { CongressForm, LeaderForm, TermForm } from './structure-forms';
import { StructurePart } from './structure-part';

interface SectionProps {
  a: AssociationDetail;
  reload: () => Promise<AssociationDetail | undefined>;
}

export function TermsPart({ a, reload }: SectionProps) {
  const { t } = useTranslation();
  const save = useSaveTerm(a.id);
  const remove = useDeleteTerm(a.id);
  return (
    <StructurePart
      kind="term"
      items={a.terms}
      canEdit={a.canEdit}
      emptyMessage={t('association.noTerms')}
      columns={[t('association.term.number'), t('association.term.start'), t('association.term.end')]}
      minWidth={360}
      cells={(x) => [x.number, formatDate(x.startDate), formatDate(x.endDate)]}
      itemName={(x) => t('association.structure.termName', { number: x.number })}
      labels={{
        add: t('association.structure.addTerm'),
        addTitle: t('association.structure.addTerm'),
        editTitle: t('association.structure.editTerm'),
        saved: t('association.structure.termSaved'),
        deleted: t('association.structure.termDeleted'),
      }}
      newValues={() => EMPTY_TERM}
      toValues={termValues}
      toBody={termInput}
      renderForm={(p) => <TermForm {...p} />}
      save={save}
      remove={remove}
      reload={reload}
      pick={(d, id) => d.terms.find((x) => x.id === id)}
    />
  );
}

export function CongressesPart({ a, reload }: SectionProps) {
  const { t } = useTranslation();
  const save = useSaveCongress(a.id);
  const remove = useDeleteCongress(a.id);
  const termNumber = (termId: string) => a.terms.find((x) => x.id === termId)?.number;
  // A new congress is most likely for the latest term without one.
  const free = a.terms.filter((x) => !a.congresses.some((c) => c.termId === x.id));
  const defaultTerm = free[free.length - 1]?.id ?? '';
  return (
    <StructurePart
      kind="congress"
      items={a.congresses}
      canEdit={a.canEdit}
      emptyMessage={t('association.noCongresses')}
      columns={[
        t('association.term.number'),
        t('association.congress.planned'),
        t('association.congress.held'),
        t('association.congress.decision'),
      ]}
      minWidth={480}
      cells={(c) => [
        termNumber(c.termId) ?? '—',
        formatDate(c.plannedDate),
        formatDate(c.heldDate),
        c.decision ?? '—',
      ]}
      itemName={(c) => t('association.structure.congressName', { number: termNumber(c.termId) ?? '—' })}
      labels={{
        add: t('association.structure.addCongress'),
        addTitle: t('association.structure.addCongress'),
        editTitle: t('association.structure.editCongress'),
        saved: t('association.structure.congressSaved'),
        deleted: t('association.structure.congressDeleted'),
      }}
      addBlocked={a.terms.length === 0 ? t('association.structure.needTerm') : undefined}
      newValues={() => emptyCongress(defaultTerm)}
      toValues={congressValues}
      toBody={congressInput}
      renderForm={(p) => <CongressForm {...p} terms={a.terms} />}
      save={save}
      remove={remove}
      reload={reload}
      pick={(d, id) => d.congresses.find((x) => x.id === id)}
    />
  );
}

export function LeadersPart({ a, reload }: SectionProps) {
  const { t } = useTranslation();
  const save = useSaveLeader(a.id);
  const remove = useDeleteLeader(a.id);
  const termNumber = (termId: string) => a.terms.find((x) => x.id === termId)?.number;
  const latestTerm = a.terms.reduce<(typeof a.terms)[number] | undefined>(
    (latest, x) => (!latest || x.startDate > latest.startDate ? x : latest),
    undefined,
  );
  return (
    <StructurePart
      kind="leader"
      items={a.leaders}
      canEdit={a.canEdit}
      emptyMessage={t('association.noLeaders')}
      columns={[
        t('association.leader.name'),
        t('association.leader.role'),
        t('association.term.number'),
        t('association.term.start'),
        t('association.term.end'),
      ]}
      minWidth={480}
      cells={(l) => [
        `${l.honorific ? `${l.honorific} ` : ''}${l.personName}`,
        t(LEADER_ROLE_LABEL[l.role]),
        termNumber(l.termId) ?? '—',
        formatDate(l.startDate),
        formatDate(l.endDate),
      ]}
      itemName={(l) => `${l.personName} (${t(LEADER_ROLE_LABEL[l.role])})`}
      labels={{
        add: t('association.structure.addLeader'),
        addTitle: t('association.structure.addLeader'),
        editTitle: t('association.structure.editLeader'),
        saved: t('association.structure.leaderSaved'),
        deleted: t('association.structure.leaderDeleted'),
      }}
      addBlocked={a.terms.length === 0 ? t('association.structure.needTerm') : undefined}
      newValues={() => emptyLeader(latestTerm?.id ?? '')}
      toValues={leaderValues}
      toBody={leaderInput}
      renderForm={(p) => <LeaderForm {...p} terms={a.terms} />}
      save={save}
      remove={remove}
      reload={reload}
      pick={(d, id) => d.leaders.find((x) => x.id === id)}
    />
  );
}
