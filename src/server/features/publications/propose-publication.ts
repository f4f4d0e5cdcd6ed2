import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { findPersonalData, personalDataKindLabels } from '../../../domain/special-cases/depersonalise';
import { assignmentRoleOn } from '../consideration/queries';
import { effectiveUserId } from '../consideration/shared';
import { appealQuestionNames, personalDataSubjects, publishableAnswerStatuses } from './queries';
import type { ProposalInput } from './schemas';

const LEGAL_GROUND = '59-ФЗ ст. 10 ч. 4, ст. 6 ч. 2; HMR 7.8–7.9, DUKI 5.21';

/**
 * SPC-11 (HMR 7.8–7.9, DUKI 5.21): the official responsible for the appeal — its responsible
 * executor, or the head or a deputy — proposes to publish the signed answer on the official site,
 * and it goes to the head for approval. The text must carry no personal data of the author (59-ФЗ
 * ст. 6 ч. 2, SEC-5): the server checks it again and refuses, naming only what kind of data is left.
 */
export async function proposePublication(ctx: StaffCtx, answerId: number, input: ProposalInput) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const answer = await trx.selectFrom('answers').select(['id', 'appeal_id', 'status', 'version']).where('id', '=', answerId).forUpdate().executeTakeFirst();
    if (!answer) throw errors.notFound('Ответ', 'm');
    const roles = ctx.actor.roles;
    if (!roles.includes('head') && !roles.includes('deputy') && (await assignmentRoleOn(trx, answer.appeal_id, effectiveUserId(ctx.actor))) !== 'responsible') {
      throw errors.forbidden('Предложить ответ к опубликованию может должностное лицо, ответственное за рассмотрение обращения (HMR 7.8).');
    }
    if (!(publishableAnswerStatuses as readonly string[]).includes(answer.status)) throw errors.conflict('К опубликованию предлагается подписанный ответ (HMR 7.9).');
    const active = await trx.selectFrom('publications').select('status').where('answer_id', '=', answerId).where('status', 'in', ['proposed', 'published']).executeTakeFirst();
    if (active) throw errors.conflict(active.status === 'published' ? 'Ответ уже опубликован.' : 'Ответ уже направлен главе на согласование публикации.');

    const known = new Set((await appealQuestionNames(trx, answer.appeal_id)).map((q) => q.code));
    const codes = [...new Set(input.totkCodes)];
    if (codes.some((c) => !known.has(c))) throw errors.invalid('Выберите вопросы из вопросов обращения.', { totkCodes: 'Выберите вопросы из вопросов обращения.' });

    // 59-ФЗ ст. 6 ч. 2; SEC-5: never publish what the author told about himself.
    const subjects = await personalDataSubjects(trx, answer.appeal_id);
    const found = [...findPersonalData(input.title, subjects), ...findPersonalData(input.body, subjects)];
    if (found.length > 0) {
      const kinds = [...new Set(found.map((f) => personalDataKindLabels[f.kind]))].join(', ');
      throw errors.invalid(`В тексте для публикации остались персональные данные автора (${kinds}). Удалите их (59-ФЗ ст. 6 ч. 2).`, { body: `Остались персональные данные: ${kinds}.` });
    }

    const row = await trx
      .insertInto('publications')
      .values({ appeal_id: answer.appeal_id, answer_id: answerId, status: 'proposed', title: input.title, body: input.body, answer_version: answer.version, proposed_by: ctx.actor.userId, proposed_acting_for: ctx.actor.actingFor?.userId ?? null, proposed_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('publication_questions').values(codes.map((c) => ({ publication_id: row.id, totk_code: c }))).execute();
    await recordEvent(trx, {
      actor: ctx.actor, at: now, entityType: 'appeal', entityId: answer.appeal_id, action: 'publication.proposed',
      after: { publicationId: row.id, answerId, title: input.title, totkCodes: codes }, legalGround: LEGAL_GROUND, requestId: ctx.requestId,
    });
    return { id: row.id, status: 'proposed' as const };
  });
}
