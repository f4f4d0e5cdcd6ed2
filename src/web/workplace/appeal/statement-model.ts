import { calendarDaysBetween } from '../../../domain/time/days-between';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import type { ComparisonOutcome } from '../../../domain/special-cases/statements';
import { daysLeftText } from './consideration-model';

/** One statement as GET /api/appeals/:id/statements gives it (SPC-8…10). */
export type StatementRow = {
  id: number;
  kind: 'not-sent' | 'withdrawal' | 'additional-documents';
  spc: string;
  kindTitle: string;
  number: string;
  receivedDate: string;
  registrationDate: string;
  citizen: string;
  postalAddress: string;
  email: string;
  content: string;
  comment: string;
  route: 'comparison' | 'attached' | 'new-appeal' | 'forwarded';
  routeLabel: string;
  status: 'registered' | 'decided' | 'forwarded' | 'attached' | 'new-appeal';
  dueDate: string | null;
  dueRule: string | null;
  isAuthor: boolean | null;
  outcome: ComparisonOutcome | null;
  outcomeLabel: string | null;
  /** SPC-8/9: the appeal's author the citizen was compared with. */
  author: { id: number; name: string } | null;
  decisionComment: string;
  decidedAt: string | null;
  decidedBy: string | null;
  late: boolean;
  newAppeal: { id: number; number: string } | null;
  bodies: string[];
  documents: { id: number; kind: string; route: string; address: string; outgoingNumber: string | null; outgoingDate: string | null; status: string; sentAt: string | null }[];
  enclosures: { id: number; kind: 'file' | 'paper'; fileName: string | null; description: string; pages: number | null }[];
  createdAt: string;
  by: string;
};

/** Sent by e-mail, handed to the post (printed for the register), delivered: the letter has left. */
const LEFT = ['sent', 'printed', 'delivered'];

/**
 * DL-8: the term as it stands today in the organisation's time zone — computed, never typed. The
 * comparison (HMR 6.3, 6.5) is done by the decision; the forwarding (HMR 6.2 абз. 3, 6.4, 6.6) only when
 * every cover letter to the bodies has left — sent by e-mail or handed to the post, not merely queued.
 */
export function termText(s: Pick<StatementRow, 'dueDate' | 'status' | 'late' | 'route' | 'documents'>, today: string, timeZone: string): { text: string; overdue: boolean } | null {
  if (!s.dueDate) return null;
  const date = formatDateRu(s.dueDate);
  if (s.route === 'forwarded') {
    const letters = s.documents.filter((d) => d.kind === 'statement-forwarding-letter');
    if (letters.length > 0 && letters.every((d) => LEFT.includes(d.status))) {
      const left = letters.map((d) => (d.sentAt ? localDate(new Date(d.sentAt), timeZone) : (d.outgoingDate ?? today))).sort().at(-1)!;
      const late = left > s.dueDate;
      return { text: `${date}${late ? ' — выполнено с нарушением срока' : ' — выполнено'}`, overdue: late };
    }
    const days = calendarDaysBetween(today, s.dueDate);
    return { text: `${date} (${daysLeftText(days)}; письмо не отправлено)`, overdue: days < 0 };
  }
  if (s.status !== 'registered') return { text: `${date}${s.late ? ' — выполнено с нарушением срока' : ' — выполнено'}`, overdue: s.late };
  const left = calendarDaysBetween(today, s.dueDate);
  return { text: `${date} (${daysLeftText(left)})`, overdue: left < 0 };
}
