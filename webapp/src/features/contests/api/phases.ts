import type { Edition, Phase } from './contests';

/** The phases as the public page shows them: each with its dates (inclusive). */
export interface PhaseStep {
  phase: Phase;
  from?: string;
  to?: string;
}

export function phaseSteps(e: Edition): PhaseStep[] {
  return [
    { phase: 'registration', from: e.registrationOpens, to: e.registrationCloses },
    { phase: 'submission', to: e.submissionCloses },
    { phase: 'judging', from: e.judgingOpens, to: e.judgingCloses },
    { phase: 'results', from: e.resultsDate },
  ];
}

/** The step to highlight for the edition's current phase (preparing_judging belongs to judging). */
export function currentStep(phase: Phase): Phase | undefined {
  if (phase === 'preparing_judging' || phase === 'deliberation') return 'judging';
  if (phase === 'upcoming') return undefined;
  return phase;
}

/** Whether the edition's results are out (so the results page has something to show). */
export function resultsPublished(e: Edition): boolean {
  return e.phase === 'results' || !!e.resultsPublishedAt;
}
