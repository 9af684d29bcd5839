import { tk } from '@/i18n';
import type { HandlingState } from '../api/handling';

export const STATE_LABEL: Record<HandlingState, string> = {
  received: tk('registry.handling.states.received'),
  assigned: tk('registry.handling.states.assigned'),
  in_progress: tk('registry.handling.states.in_progress'),
  done: tk('registry.handling.states.done'),
  filed: tk('registry.handling.states.filed'),
};

/** Dark shades, shown as dot badges (dark text): readable for everyone (axe contrast). */
export const STATE_COLOR: Record<HandlingState, string> = {
  received: 'gray.7',
  assigned: 'blue.9',
  in_progress: 'orange.9',
  done: 'teal.9',
  filed: 'dark.9',
};

export const MOVE_LABEL: Partial<Record<HandlingState, string>> = {
  in_progress: tk('registry.handling.moves.in_progress'),
  done: tk('registry.handling.moves.done'),
  filed: tk('registry.handling.moves.filed'),
};

const EVENT_LABEL: Record<string, string> = {
  assigned: tk('registry.handling.events.assigned'),
  reassigned: tk('registry.handling.events.reassigned'),
  started: tk('registry.handling.events.started'),
  reported: tk('registry.handling.events.reported'),
  attached: tk('registry.handling.events.attached'),
  'answer-linked': tk('registry.handling.events.answer-linked'),
  'answer-unlinked': tk('registry.handling.events.answer-unlinked'),
  done: tk('registry.handling.events.done'),
  filed: tk('registry.handling.events.filed'),
};

/** The i18n key of a history event, or the event's own name for one this SPA does not know yet. */
export function eventLabel(event: string): string {
  return EVENT_LABEL[event] ?? event;
}
