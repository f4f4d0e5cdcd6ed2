import { describe, expect, it } from 'vitest';
import { termText, type StatementRow } from './statement-model';

const TZ = 'Asia/Yekaterinburg';
type Doc = StatementRow['documents'][number];
const letter = (over: Partial<Doc> = {}): Doc => ({ id: 1, kind: 'statement-forwarding-letter', route: 'post', address: 'ул. Мира, 14', outgoingNumber: 'Исх-1', outgoingDate: '2026-11-20', status: 'queued', sentAt: null, ...over });
const notice: Doc = { id: 2, kind: 'statement-forwarding-notice', route: 'post', address: 'ул. Ленина, 3', outgoingNumber: 'Исх-2', outgoingDate: '2026-11-20', status: 'printed', sentAt: '2026-11-20T08:00:00Z' };
const forwarded = (documents: Doc[]) => ({ dueDate: '2026-11-27', status: 'forwarded' as const, late: false, route: 'forwarded' as const, documents });

describe('the statement term (DL-8; HMR 6.2 абз. 3, 6.4, 6.6)', () => {
  it('is not done while the cover letter only waits in the queue', () => {
    expect(termText(forwarded([letter(), notice]), '2026-11-23', TZ)).toEqual({ text: '27.11.2026 (осталось 4 дн.; письмо не отправлено)', overdue: false });
    expect(termText(forwarded([letter({ status: 'failed' })]), '2026-11-30', TZ)).toEqual({ text: '27.11.2026 (просрочено на 3 дн.; письмо не отправлено)', overdue: true });
  });

  it('is done once every cover letter has left — sent, or handed to the post — and says whether in time', () => {
    expect(termText(forwarded([letter({ status: 'printed', sentAt: '2026-11-24T05:00:00Z' }), notice]), '2026-11-30', TZ)).toEqual({ text: '27.11.2026 — выполнено', overdue: false });
    expect(termText(forwarded([letter({ status: 'sent', route: 'email', sentAt: '2026-11-28T04:00:00Z' })]), '2026-11-30', TZ)).toEqual({ text: '27.11.2026 — выполнено с нарушением срока', overdue: true });
    // Two bodies: one letter still waits.
    expect(termText(forwarded([letter({ status: 'sent', sentAt: '2026-11-24T05:00:00Z' }), letter({ id: 3 })]), '2026-11-24', TZ)?.text).toContain('письмо не отправлено');
  });

  it('counts the comparison done by the decision (HMR 6.3, 6.5)', () => {
    const comparison = { dueDate: '2026-11-25', late: false, route: 'comparison' as const, documents: [] };
    expect(termText({ ...comparison, status: 'registered' }, '2026-11-23', TZ)).toEqual({ text: '25.11.2026 (осталось 2 дн.)', overdue: false });
    expect(termText({ ...comparison, status: 'decided' }, '2026-11-30', TZ)).toEqual({ text: '25.11.2026 — выполнено', overdue: false });
  });
});
