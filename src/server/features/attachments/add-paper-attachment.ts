import type { StaffCtx } from '../../platform/context';
import { recordEvent } from '../../platform/events';
import type { Profile } from '../../../domain/profiles';
import type { ProductionCalendar } from '../../../domain/calendar';
import { listAttachments } from './queries';
import { loadChangeableAppeal } from './guards';
import type { AttachmentView, PaperAttachmentInput } from './schemas';

/**
 * REG-3 (HMR 3.3, KHV app. 5): a paper enclosure recorded by its description and number of pages;
 * INT-6: an original document is marked so its return (or keeping) is tracked.
 */
export async function addPaperAttachment(ctx: StaffCtx, appealId: number, input: PaperAttachmentInput, deps: { profile: Profile; calendar: ProductionCalendar }): Promise<AttachmentView> {
  const now = ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    await loadChangeableAppeal(trx, appealId, true);
    const row = await trx
      .insertInto('attachments')
      .values({ appeal_id: appealId, kind: 'paper', description: input.description, pages: input.pages, is_original: input.isOriginal, created_by: ctx.actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'appeal',
      entityId: appealId,
      action: 'attachment.added',
      after: { attachmentId: row.id, kind: 'paper', description: input.description, pages: input.pages, isOriginal: input.isOriginal },
      legalGround: input.isOriginal ? deps.profile.params.intake.originals.source : 'REG-3',
      requestId: ctx.requestId,
    });
    return row.id;
  });
  const [view] = (await listAttachments(ctx.db, appealId, { ...deps, ids: [id] })) ?? [];
  return view!;
}
