import { tk } from '@/i18n';
import type { DocumentDirection, DocumentType } from '../api/registry';

export const DIRECTION_LABEL: Record<DocumentDirection, string> = {
  outgoing: tk('registry.direction.outgoing'),
  incoming: tk('registry.direction.incoming'),
};

export const TYPE_LABEL: Record<DocumentType, string> = {
  official_letter: tk('registry.type.official_letter'),
  resolution: tk('registry.type.resolution'),
  decision: tk('registry.type.decision'),
  directive: tk('registry.type.directive'),
  regulation: tk('registry.type.regulation'),
  guidance: tk('registry.type.guidance'),
  program: tk('registry.type.program'),
  plan: tk('registry.type.plan'),
  project: tk('registry.type.project'),
  report: tk('registry.type.report'),
  notice: tk('registry.type.notice'),
  submission: tk('registry.type.submission'),
  invitation: tk('registry.type.invitation'),
  minutes: tk('registry.type.minutes'),
  contract: tk('registry.type.contract'),
  certificate: tk('registry.type.certificate'),
  other: tk('registry.type.other'),
};
