import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tk } from '@/i18n';
import type { ItemKind, ProgramStatus, TaskStatus } from '../api/programs';
import { paths } from '@/config/paths';

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  not_started: tk('programs.taskStatus.not_started'),
  in_progress: tk('programs.taskStatus.in_progress'),
  done: tk('programs.taskStatus.done'),
  postponed: tk('programs.taskStatus.postponed'),
  cancelled: tk('programs.taskStatus.cancelled'),
};

export const PROGRAM_STATUS_LABEL: Record<ProgramStatus, string> = {
  draft: tk('programs.status.draft'),
  active: tk('programs.status.active'),
  closed: tk('programs.status.closed'),
};

export const SECTION_LABEL: Record<ItemKind, string> = {
  mission: tk('programs.section.mission'),
  regular_task: tk('programs.section.regular_task'),
  year_task: tk('programs.section.year_task'),
  implementation: tk('programs.section.implementation'),
};

// The dot variant keeps the label in the text colour (WCAG AA contrast); the dot carries the colour.
const TASK_STATUS_COLOR: Record<TaskStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  done: 'teal',
  postponed: 'yellow',
  cancelled: 'dark',
};
const PROGRAM_STATUS_COLOR: Record<ProgramStatus, string> = {
  draft: 'yellow',
  active: 'teal',
  closed: 'gray',
};

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={PROGRAM_STATUS_COLOR[status]} data-testid="program-status">
      {t(PROGRAM_STATUS_LABEL[status])}
    </Badge>
  );
}

/** A task's status in colour and text; late tasks get a second, red "late" badge. */
export function TaskStatusBadge({
  status,
  late,
  atRisk,
  percent,
}: {
  status: TaskStatus;
  late?: boolean;
  atRisk?: boolean;
  percent?: number;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap" component="span">
      <Badge variant="dot" color={TASK_STATUS_COLOR[status]} data-testid="task-status">
        {t(TASK_STATUS_LABEL[status])}
        {percent !== undefined && status === 'in_progress' ? ` · ${percent}%` : ''}
      </Badge>
      {late && (
        <Badge variant="outline" color="red.9" data-testid="task-late">
          {t('programs.late')}
        </Badge>
      )}
      {!late && atRisk && (
        <Badge variant="outline" color="orange.9">
          {t('programs.atRisk')}
        </Badge>
      )}
    </Group>
  );
}

/** A tracked task of one year as a link to its detail page: "2021 · Đang thực hiện". */
export function YearTaskLink({
  id,
  year,
  status,
  late,
}: {
  id: string;
  year: number;
  status: TaskStatus;
  late: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Badge
      component={Link}
      to={paths.programs.task.getHref(id)}
      variant="dot"
      color={late ? 'red' : TASK_STATUS_COLOR[status]}
      style={{ cursor: 'pointer', textTransform: 'none' }}
      data-testid="year-task"
    >
      {year} · {t(TASK_STATUS_LABEL[status])}
      {late ? ` · ${t('programs.late')}` : ''}
    </Badge>
  );
}

export function taskStatusOptions(t: (key: string) => string) {
  return (Object.keys(TASK_STATUS_LABEL) as TaskStatus[]).map((s) => ({
    value: s,
    label: t(TASK_STATUS_LABEL[s]),
  }));
}
