import { isOpen } from '../../../domain/appeal/lifecycle';
import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { computeDeadline } from '../../../domain/deadlines';
import { localDate } from '../../../domain/time/local-date';
import { assignNumber } from './numbering';
import { checkReferences, contentColumns, deriveContent, saveAuthors, writeAuthorsAndQuestions, type RegisterDeps } from './appeal-content';
import type { RegisterAppealInput } from './schemas';
import type { AppealRegistered } from './after-registration';

export type { RegisterDeps } from './appeal-content';

/**
 * REG-1…9: registers an appeal in one transaction — number, dates and deadlines, authors,
 * questions, links, warnings, the event and what the listeners enqueue (the registration notice
 * job). Nothing is made or sent from here: the jobs run after the commit.
 */
export async function registerAppeal(ctx: StaffCtx, input: RegisterAppealInput, deps: RegisterDeps & { onRegistered?: (e: AppealRegistered) => Promise<void> }): Promise<{ id: number; number: string; created: boolean }> {
  const now = ctx.clock.now();
  const registrationDate = localDate(now, deps.timeZone);
  const derived = deriveContent(input, registrationDate, now, deps);
  // DL-1: 30 days from registration, by the profile's counting (HMR 5.1–5.3).
  const consideration = computeDeadline('consideration', registrationDate, deps.profile, deps.calendar);

  try {
    return await insertAppeal();
  } catch (e) {
    // Two requests with one idempotency key raced: the loser returns the winner's appeal.
    if (input.idempotencyKey && isUniqueViolation(e)) {
      const existing = await ctx.db.selectFrom('appeals').select(['id', 'number']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
      if (existing) return { ...existing, created: false };
    }
    throw e;
  }

  function insertAppeal() {
    return ctx.db.transaction().execute(async (trx) => {
      if (input.idempotencyKey) {
        const existing = await trx.selectFrom('appeals').select(['id', 'number']).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
        if (existing) return { ...existing, created: false };
      }
      const { codes, previous } = await checkReferences(trx, input);
      const authorIds = await saveAuthors(trx, input, now);

      // REG-6: the same author on the same question on the same day is one appeal.
      if (authorIds.length > 0) {
        const same = await trx
          .selectFrom('appeals as ap')
          .innerJoin('appeal_authors as aa', 'aa.appeal_id', 'ap.id')
          .innerJoin('appeal_questions as q', 'q.appeal_id', 'ap.id')
          .select(['ap.id', 'ap.number'])
          .where('aa.author_id', 'in', authorIds)
          .where('aa.role', '<>', 'representative')
          .where('q.totk_code', 'in', codes)
          .where('ap.received_date', '=', derived.receivedDate)
          .where('ap.status', '<>', 'annulled')
          .executeTakeFirst();
        if (same) {
          throw errors.conflict(`Обращение этого автора по тому же вопросу, поступившее в тот же день, уже зарегистрировано: № ${same.number}. Приобщите поступивший экземпляр к нему (HMR 3.10).`, { authors: `Уже зарегистрировано: № ${same.number}.` });
        }
      }

      const assigned = await assignNumber(trx, deps.profile, Number(registrationDate.slice(0, 4)), previous?.id ?? null);
      const appeal = await trx
        .insertInto('appeals')
        .values({
          ...contentColumns(input, derived),
          number: assigned.number,
          year: assigned.year,
          seq: assigned.seq,
          repeat_index: assigned.repeatIndex,
          registered_at: now,
          registration_date: registrationDate,
          consideration_deadline: consideration.date,
          idempotency_key: input.idempotencyKey ?? null,
          created_by: ctx.actor.userId,
          updated_at: now,
        })
        .returning(['id', 'number'])
        .executeTakeFirstOrThrow();
      await writeAuthorsAndQuestions(trx, appeal.id, input, authorIds);
      if (previous) {
        await trx.insertInto('appeal_links').values({ appeal_id: appeal.id, linked_appeal_id: previous.id, kind: 'repeat-of' }).execute();
        // REG-7: a repeat while the earlier appeal is still under consideration — a copy goes to its
        // executor; recorded now, delivered when routing exists.
        if (isOpen(previous.status)) await trx.insertInto('appeal_links').values({ appeal_id: appeal.id, linked_appeal_id: previous.id, kind: 'copy-to-executor' }).execute();
      }
      await recordEvent(trx, {
        actor: ctx.actor,
        at: now,
        entityType: 'appeal',
        entityId: appeal.id,
        action: 'appeal.registered',
        after: { number: appeal.number, form: input.form, channel: input.channel, type: input.type, authors: authorIds, questions: codes, multiplicity: input.multiplicity, previousAppealId: previous?.id ?? null, registrationDeadline: derived.registrationDue, considerationDeadline: consideration.date, warnings: derived.warnings.map((w) => w.code) },
        legalGround: '59-ФЗ ст. 8 ч. 2',
        requestId: ctx.requestId,
      });
      await deps.onRegistered?.({ trx, ctx, appeal, deps });
      return { id: appeal.id, number: appeal.number, created: true };
    });
  }
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === '23505';
}
