import type { StaffCtx } from '../../platform/context';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { editRefusal } from '../../../domain/answers/answer-flow';
import type { Profile } from '../../../domain/profiles';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { getAppealCard } from '../registry/queries';
import { answerValues } from './answer-values';
import { assertMayDraft, lockAnswer } from './access';

export type AnswerDeps = { profile: Profile; timeZone: string };

async function render(trx: Kysely<DB>, ctx: StaffCtx, appealId: number, body: string, deps: AnswerDeps) {
  const card = await getAppealCard(trx, appealId);
  if (!card) throw errors.notFound('Обращение', 'n');
  const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', 'answer').executeTakeFirst();
  if (!template) throw errors.conflict('Шаблон ответа на обращение не найден. Администратору: восстановите шаблон по умолчанию (Администрирование → Шаблоны документов).');
  const values = await answerValues(trx, card, body, ctx.actor.officialId, deps.profile, localDate(ctx.clock.now(), deps.timeZone));
  return { content: fillTemplate(template.content, values), fileName: `Ответ на обращение № ${card.number.replace(/[\\/]/g, '-')} от ${formatDateRu(card.registrationDate)}.docx`, card };
}

/** ANS-3, ANS-4: the responsible executor drafts the answer from the template «Ответ на обращение». */
export async function draftAnswer(ctx: StaffCtx, appealId: number, body: string, deps: AnswerDeps) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    if (appeal.status !== 'in-work') throw errors.conflict(`Ответ готовится по обращению на исполнении; обращение № ${appeal.number} — не на исполнении.`);
    await assertMayDraft(trx, ctx.actor, appealId);
    const open = await trx.selectFrom('answers').select('id').where('appeal_id', '=', appealId).where('status', '<>', 'dispatched').executeTakeFirst();
    if (open) throw errors.conflict('По обращению уже есть неотправленный ответ: продолжите работу с ним.');
    const { content, fileName } = await render(trx, ctx, appealId, body, deps);
    const answer = await trx.insertInto('answers').values({ appeal_id: appealId, drafter_user_id: ctx.actor.userId, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('answer_versions').values({ answer_id: answer.id, version: 1, body, content, file_name: fileName, created_by: ctx.actor.userId, created_at: now }).execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: appealId, action: 'answer.drafted', after: { answerId: answer.id, version: 1 }, legalGround: 'ANS-3 (HMR 8.2)', requestId: ctx.requestId });
    return { id: answer.id, version: 1 };
  });
}

/**
 * A new text of the draft (a new version); for a signed answer — a new edition that goes the whole
 * route again (KCSON 2.8.8: the signed one itself never changes).
 */
export async function reviseAnswer(ctx: StaffCtx, answerId: number, body: string, deps: AnswerDeps, opts: { newEdition?: boolean } = {}) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAnswer(trx, answerId);
    await assertMayDraft(trx, ctx.actor, a.appeal_id);
    if (opts.newEdition) {
      if (a.status !== 'signed') throw errors.conflict(a.status === 'dispatched' ? 'Ответ уже зарегистрирован и направлен: новая редакция не готовится.' : 'Новая редакция нужна только подписанному ответу; проект изменяется как есть.');
    } else {
      const refusal = editRefusal(a.status);
      if (refusal) throw errors.conflict(refusal);
    }
    const version = a.version + 1;
    const { content, fileName } = await render(trx, ctx, a.appeal_id, body, deps);
    await trx.insertInto('answer_versions').values({ answer_id: a.id, version, body, content, file_name: fileName, created_by: ctx.actor.userId, created_at: now }).execute();
    // DUKI 6.4: a scan is of the signed edition; a new edition's e-mail needs the scan of its own signature.
    await trx
      .updateTable('answers')
      .set({ version, status: 'draft', signer_user_id: null, signed_at: null, updated_at: now, scan_content: null, scan_file_name: null, scan_mime_type: null, scan_attached_at: null, scan_attached_by: null })
      .where('id', '=', a.id)
      .execute();
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: a.appeal_id, action: opts.newEdition ? 'answer.new-edition' : 'answer.revised', before: { version: a.version, status: a.status }, after: { answerId: a.id, version }, legalGround: opts.newEdition ? 'KCSON 2.8.8' : 'ANS-3', requestId: ctx.requestId });
    return { id: a.id, version };
  });
}
