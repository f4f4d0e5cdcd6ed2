import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { isOpen } from '../../../domain/appeal/lifecycle';
import { comparisonDecision, concernsAuthor, statementKindInfo, statementKindPhrase } from '../../../domain/special-cases/statements';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard, type AppealCard } from '../registry/queries';
import { applyDisposition } from '../special-cases/apply-disposition';
import type { DecideStatementInput } from './schemas';
import { makeStatementLetters, type LetterDeps } from './letters';
import { responsibleOfficials } from './responsible';

/**
 * SPC-8, SPC-9 (HMR 6.3, 6.5): the Отдел decides the comparison of the appeal's author with the citizen.
 * In one transaction: the consequence — the appeal made anonymous (59-ФЗ ст. 11 ч. 1; reporting an
 * unlawful act it goes to the competent state body, HMR 7.1) or its consideration stopped, through the
 * special-case disposition (open assignments cancelled, questions' result, the procedural ТОТК question,
 * removed from control) — only when the citizen is the appeal's only author who is not a representative;
 * with co-authors he alone stops receiving the answer and the appeal goes on for the others; or nothing
 * when it goes on. The responsible officials informed (the event names them; they see it in «Мои
 * поручения» and on the case); the citizen's notice from its template, registered and queued; a late
 * decision is carried out and says so.
 */
export async function decideStatement(ctx: StaffCtx, statementId: number, input: DecideStatementInput, deps: LetterDeps) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const s = await trx.selectFrom('statements').selectAll().where('id', '=', statementId).forUpdate().executeTakeFirst();
    if (!s) throw errors.notFound('Заявление', 'n');
    if (s.kind === 'additional-documents') throw errors.conflict(`№ ${s.number}: по дополнительным документам сопоставление не проводится (HMR 6.2).`);
    if (s.status !== 'registered') throw errors.conflict(`По заявлению № ${s.number} решение уже принято или оно направлено по компетенции.`);
    // The appeal is locked before its authors are read: nobody changes them under the decision.
    await trx.selectFrom('appeals').select('id').where('id', '=', s.appeal_id).forUpdate().executeTakeFirst();
    const card = await getAppealCard(trx, s.appeal_id);
    if (!card) throw errors.notFound('Обращение', 'n');
    const author = concernedAuthor(card, s.kind, input);
    const people = card.authors.filter((a) => a.role !== 'representative');
    const otherAuthors = author !== null && people.some((a) => a.id !== author.id);
    if (input.bodyId && !(s.kind === 'not-sent' && !input.isAuthor && !otherAuthors)) {
      throw errors.invalid('Государственный орган выбирается, только если обращение признаётся анонимным: заявитель не определён как автор, и других авторов у обращения нет (59-ФЗ ст. 11 ч. 1).', { bodyId: 'Обращение не признаётся анонимным.' });
    }
    const decision = comparisonDecision(s.kind, input.isAuthor, { considerationDeadline: card.considerationDeadline, otherAuthors, unlawfulAct: Boolean(input.bodyId) });
    const late = s.comparison_due !== null && today > s.comparison_due;
    // HMR 6.3 (SPC-8), 6.5 (SPC-9): 3 working days from the receipt of the statement.
    const warnings = late ? [`Срок сопоставления (${formatDateRu(s.comparison_due!)}, ${statementKindInfo[s.kind].comparisonSource}) пропущен.`] : [];
    // Who is responsible for the consideration — read before the disposition cancels the assignments.
    const informed = await responsibleOfficials(trx, s.appeal_id);

    let disposition: Awaited<ReturnType<typeof applyDisposition>> | null = null;
    if (decision.disposition) {
      if (isOpen(card.status)) {
        const forwarded = decision.disposition === 'anonymous-unlawful-act';
        // The cover letter says why an appeal with a name and an address is anonymous: the statement's decision.
        const why = forwarded ? `Обращение признано анонимным по итогам сопоставления: гражданин, от имени которого оно поступило, сообщил, что его не направлял (${statementKindPhrase[s.kind]} от ${formatDateRu(s.received_date)}, вх. № ${s.number}; пункт 6.3 Порядка).` : '';
        const comment = [why, input.comment].filter(Boolean).join(' ');
        disposition = await applyDisposition(ctx, s.appeal_id, { code: decision.disposition, comment, bodyId: input.bodyId ?? null }, deps, { trx, ...(forwarded ? { anonymousSince: today } : {}) });
        warnings.push(...disposition.warnings);
      } else {
        // The consideration already ended (answered, removed from control): the decision is recorded and told.
        warnings.push(`Рассмотрение обращения № ${card.number} уже завершено: решение по заявлению зафиксировано без изменения состояния обращения.`);
      }
    }
    // A co-author who did not send the appeal (SPC-8) or withdrew (SPC-9) no longer receives the answer.
    const recipients = decision.excludesAuthor && author ? await excludeFromAnswer(trx, card, author.id) : null;

    const letters = await makeStatementLetters(trx, ctx, deps, {
      card,
      statement: {
        kind: s.kind, number: s.number, registrationDate: s.registration_date, receivedDate: s.received_date, form: s.form, surname: s.surname, firstName: s.first_name, patronymic: s.patronymic, gender: s.gender,
        postalAddress: s.postal_address, email: s.email, comment: input.comment, documents: [],
      },
      today,
      dueDate: s.comparison_due,
      notice: { kind: decision.notice, extra: { результат_сопоставления: decision.sentence } },
    });
    await trx
      .updateTable('statements')
      .set({
        status: 'decided', is_author: input.isAuthor, outcome: decision.outcome, author_id: author?.id ?? null, decision_comment: input.comment, decided_at: now, decided_by: ctx.actor.userId, decided_acting_for: ctx.actor.actingFor?.userId ?? null,
        late, disposition_id: disposition?.id ?? null, document_ids: JSON.stringify(letters.map((l) => l.id)), informed_user_ids: JSON.stringify(informed),
        ...(input.bodyId && disposition ? { body_ids: JSON.stringify([input.bodyId]) } : {}),
      })
      .where('id', '=', s.id)
      .execute();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: s.appeal_id,
      action: 'statement.decided',
      before: { status: card.status, ...(recipients ? { answerRecipients: recipients.before } : {}) },
      after: {
        statementId: s.id, number: s.number, kind: s.kind, spc: statementKindInfo[s.kind].spc, isAuthor: input.isAuthor, authorId: author?.id ?? null, outcome: decision.outcome, dispositionId: disposition?.id ?? null,
        status: disposition?.status ?? card.status, bodyId: disposition ? (input.bodyId ?? null) : null, ...(recipients ? { answerRecipients: recipients.after } : {}),
        comparisonDue: s.comparison_due, late, informedUserIds: informed, documents: letters.map((l) => ({ id: l.id, kind: l.kind, route: l.route, outgoingNumber: l.outgoingNumber })),
      },
      legalGround: decision.legalGround,
      requestId: ctx.requestId,
    });
    return {
      id: s.id, number: s.number, outcome: decision.outcome, status: disposition?.status ?? card.status, sstuStatus: disposition?.sstuStatus ?? null, totkCode: disposition?.totkCode ?? null,
      authorId: author?.id ?? null, answerRecipients: recipients?.after ?? null, dispositionDocuments: disposition?.documents ?? [],
      dueDate: s.comparison_due, late, informedUserIds: informed, documents: letters.map((l) => ({ id: l.id, kind: l.kind, route: l.route, address: l.address, outgoingNumber: l.outgoingNumber })), warnings,
    };
  });
}

/**
 * The appeal's author the decision bears on: the one chosen, or the only one who is not a
 * representative. SPC-8 «не автор» and SPC-9 «автор» need him; the other results only record him.
 */
function concernedAuthor(card: AppealCard, kind: 'not-sent' | 'withdrawal', input: DecideStatementInput): AppealCard['authors'][number] | null {
  const people = card.authors.filter((a) => a.role !== 'representative');
  if (input.authorId) {
    const chosen = people.find((a) => a.id === input.authorId);
    if (!chosen) throw errors.invalid('Выбранный гражданин не является автором этого обращения (представитель автором не является).', { authorId: 'Выберите автора обращения.' });
    return chosen;
  }
  if (people.length === 1) return people[0]!;
  if (people.length > 1 && concernsAuthor(kind, input.isAuthor)) {
    throw errors.invalid(`У обращения № ${card.number} несколько авторов: укажите, ${kind === 'not-sent' ? 'от имени какого автора поступило обращение, которого заявитель не направлял' : 'каким из авторов является заявитель'}.`, { authorId: 'Выберите автора обращения.' });
  }
  return null;
}

/**
 * The author stops receiving the answer (receives_answer = false). If no other author is marked, the
 * first remaining author who is not a representative is — otherwise the «first author» fallback of
 * noticeRecipients would choose the excluded one again.
 */
async function excludeFromAnswer(trx: Transaction<DB>, card: AppealCard, authorId: number) {
  const marked = (list: { id: number; receivesAnswer: boolean }[]) => list.filter((a) => a.receivesAnswer).map((a) => a.id);
  const before = marked(card.authors);
  const after = card.authors.map((a) => ({ ...a, receivesAnswer: a.id === authorId ? false : a.receivesAnswer }));
  if (!after.some((a) => a.receivesAnswer)) {
    const next = after.find((a) => a.role !== 'representative' && a.id !== authorId);
    if (next) next.receivesAnswer = true;
  }
  for (const a of after) {
    if (a.receivesAnswer !== card.authors.find((x) => x.id === a.id)!.receivesAnswer) {
      await trx.updateTable('appeal_authors').set({ receives_answer: a.receivesAnswer }).where('appeal_id', '=', card.id).where('author_id', '=', a.id).execute();
    }
  }
  return { before, after: marked(after) };
}
