import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { checkReferences, contentColumns, deriveContent, saveAuthors, writeAuthorsAndQuestions, type AppealContent, type RegisterDeps } from './appeal-content';
import { getAppealCard } from './queries';

/**
 * The registrar corrects a registered card. The number, the registration date and the
 * consideration deadline stay; the event keeps the card before and after. An annulled appeal is
 * not edited.
 */
export async function updateAppeal(ctx: StaffCtx, id: number, input: AppealContent, deps: RegisterDeps) {
  const now = ctx.clock.now();
  const before = await getAppealCard(ctx.db, id);
  if (!before) throw errors.notFound('Обращение', 'n');
  if (before.status === 'annulled') throw errors.conflict('Аннулированное обращение не изменяется.');
  const derived = deriveContent(input, before.registrationDate, now, deps);
  await ctx.db.transaction().execute(async (trx) => {
    const { previous } = await checkReferences(trx, input, id);
    const authorIds = await saveAuthors(trx, input, now);
    await trx.updateTable('appeals').set({ ...contentColumns(input, derived), updated_at: now }).where('id', '=', id).execute();
    await trx.deleteFrom('appeal_authors').where('appeal_id', '=', id).execute();
    await trx.deleteFrom('appeal_questions').where('appeal_id', '=', id).execute();
    await writeAuthorsAndQuestions(trx, id, input, authorIds);
    await trx.deleteFrom('appeal_links').where('appeal_id', '=', id).where('kind', '=', 'repeat-of').execute();
    if (previous) await trx.insertInto('appeal_links').values({ appeal_id: id, linked_appeal_id: previous.id, kind: 'repeat-of' }).onConflict((oc) => oc.doNothing()).execute();
    const after = await getAppealCard(trx, id);
    await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'appeal', entityId: id, action: 'appeal.updated', before: snapshot(before), after: after ? snapshot(after) : null, requestId: ctx.requestId });
  });
  const card = await getAppealCard(ctx.db, id);
  if (!card) throw errors.notFound('Обращение', 'n');
  return card;
}

/** The parts of a card a reader of the timeline compares (no search vectors, no ids of joins). */
function snapshot(c: NonNullable<Awaited<ReturnType<typeof getAppealCard>>>) {
  const { id: _id, ...rest } = c;
  return rest;
}
