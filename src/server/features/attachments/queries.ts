import type { Kysely, Selectable } from 'kysely';
import type { AttachmentTable, DB } from '../../platform/db/schema';
import type { Profile } from '../../../domain/profiles';
import { CalendarRangeError, type ProductionCalendar } from '../../../domain/calendar';
import { computeDeadline, deadlineRules, DeadlineError } from '../../../domain/deadlines';
import { formatOfMimeType } from '../../../domain/attachments/formats';
import { fullName } from '../../../domain/org/person-name';
import type { AttachmentView } from './schemas';

export type AttachmentRow = Selectable<AttachmentTable>;
export type OriginalsView = NonNullable<AttachmentView['originals']>;

/** One attachment with the appeal it belongs to (its status decides whether it may change). */
export async function findAttachment(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('attachments as at')
    .innerJoin('appeals as ap', 'ap.id', 'at.appeal_id')
    .selectAll('at')
    .select(['ap.status as appeal_status'])
    .where('at.id', '=', id)
    .executeTakeFirst();
}

/** The appeal's attachments, oldest first; removed ones only on request (the case history). */
export async function listAttachments(db: Kysely<DB>, appealId: number, o: { profile: Profile; calendar: ProductionCalendar; includeRemoved?: boolean; ids?: number[] }): Promise<AttachmentView[] | undefined> {
  const appeal = await db.selectFrom('appeals').select(['id', 'registration_date']).where('id', '=', appealId).executeTakeFirst();
  if (!appeal) return undefined;
  let q = db
    .selectFrom('attachments as at')
    .leftJoin('users as u', 'u.id', 'at.created_by')
    .leftJoin('officials as o', 'o.id', 'u.official_id')
    .selectAll('at')
    .select(['o.surname', 'o.first_name', 'o.patronymic'])
    .where('at.appeal_id', '=', appealId)
    .orderBy('at.created_at')
    .orderBy('at.id');
  if (!o.includeRemoved) q = q.where('at.removed_at', 'is', null);
  if (o.ids) q = q.where('at.id', 'in', o.ids.length ? o.ids : [0]);
  const rows = await q.execute();
  const originals = rows.some((r) => r.is_original) ? originalsHandling(o.profile, o.calendar, appeal.registration_date) : null;
  const reasons = rows.some((r) => r.removed_at) ? await removalReasons(db, appealId) : new Map<number, string>();
  return rows.map((r) =>
    presentAttachment(r, {
      originals,
      createdBy: r.surname ? fullName({ surname: r.surname, firstName: r.first_name ?? '', patronymic: r.patronymic }) : null,
      removedReason: reasons.get(r.id) ?? null,
    }),
  );
}

/** Why each attachment was excluded: the reason lives in its event (the table keeps only the moment). */
async function removalReasons(db: Kysely<DB>, appealId: number): Promise<Map<number, string>> {
  const events = await db.selectFrom('events').select('after').where('entity_type', '=', 'appeal').where('entity_id', '=', String(appealId)).where('action', '=', 'attachment.removed').execute();
  const reasons = new Map<number, string>();
  for (const e of events) {
    const after = (typeof e.after === 'string' ? JSON.parse(e.after) : e.after) as { attachmentId?: number; reason?: string } | null;
    if (after?.attachmentId !== undefined) reasons.set(after.attachmentId, after.reason ?? '');
  }
  return reasons;
}

/**
 * INT-6: originals are copied and returned to the author within a term (HMR 2.6: 3 working days
 * from registration), returned with the answer (KCSON 2.8.9) or kept in the case unless the author
 * asks (KHV 3.9.5, DUKI 6.3) — the profile says which; the term exists only in the first case.
 */
export function originalsHandling(profile: Profile, calendar: ProductionCalendar, registrationDate: string): OriginalsView {
  const param = profile.params.intake.originals;
  const rule = deadlineRules(profile).get('originals-return');
  if (!rule) return { handling: param.value.handling, source: param.source, dueDate: null, steps: [] };
  try {
    const d = computeDeadline(rule, registrationDate, profile, calendar);
    return { handling: param.value.handling, source: param.source, dueDate: d.date, steps: d.steps };
  } catch (e) {
    if (!(e instanceof DeadlineError || e instanceof CalendarRangeError)) throw e;
    return { handling: param.value.handling, source: param.source, dueDate: null, steps: [{ kind: 'warning', date: null, text: e.message }] };
  }
}

/** Presenter: never a raw row at the boundary. */
export function presentAttachment(r: AttachmentRow, extra: { originals: OriginalsView | null; createdBy: string | null; removedReason?: string | null }): AttachmentView {
  const format = r.kind === 'file' ? formatOfMimeType(r.mime_type) : undefined;
  return {
    id: r.id,
    appealId: r.appeal_id,
    kind: r.kind,
    fileName: r.file_name,
    mimeType: r.mime_type,
    format: format?.label ?? null,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    sha256: r.sha256,
    inline: format?.inline ?? false,
    fileUrl: r.kind === 'file' ? `/api/attachments/${r.id}/file` : null,
    description: r.description,
    pages: r.pages,
    isOriginal: r.is_original,
    originals: r.is_original ? extra.originals : null,
    createdAt: r.created_at.toISOString(),
    createdBy: extra.createdBy,
    removedAt: r.removed_at ? r.removed_at.toISOString() : null,
    removedReason: r.removed_at ? (extra.removedReason ?? null) : null,
  };
}
