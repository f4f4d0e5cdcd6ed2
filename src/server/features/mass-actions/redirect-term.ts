import { computeDeadline } from '../../../domain/deadlines';
import { localDate } from '../../../domain/time/local-date';
import type { AppDeps } from '../../platform/http/deps';

export type TermDeps = Pick<AppDeps, 'profile' | 'calendar' | 'timeZone'>;

/**
 * ROU-7 (59-ФЗ ст. 8 ч. 3; HMR 4.8): the redirect term of appeals registered on `registrationDate`
 * (rule 'redirect' of the deadline engine), and whether it is already behind us today in the
 * organisation's time zone. A late mass action is still made — the registrar is warned, not stopped.
 */
export async function redirectTerm(deps: TermDeps, registrationDate: string, now: Date): Promise<{ redirectDue: string; redirectOverdue: boolean }> {
  const redirectDue = computeDeadline('redirect', registrationDate, deps.profile(), await deps.calendar.get()).date;
  return { redirectDue, redirectOverdue: localDate(now, deps.timeZone()) > redirectDue };
}
