import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { checkEdition, describeProblem, type TotkEntryInput } from '../../../domain/classifier';
import { writeEdition } from './write-edition';

/** The error lists at most this many problems; the message gives the total. */
const SHOWN_PROBLEMS = 50;

/**
 * ADM-6: an administrator loads a newer edition of ТОТК. It replaces the stored one as a whole
 * in one transaction, or — on any problem — changes nothing. A code already given to a question
 * of a registered appeal must stay: the appeal's classification is part of its record (and of
 * the reports), so an edition that drops such a code is refused with the codes listed.
 */
export async function importClassifierEdition(ctx: StaffCtx, input: { title: string; entries: TotkEntryInput[] }) {
  const check = checkEdition(input.entries);
  if (!check.ok) {
    const n = check.problems.length;
    const shown = check.problems.slice(0, SHOWN_PROBLEMS);
    throw errors.invalid(
      `Редакция не загружена: ${n === 1 ? 'ошибка в записи' : `ошибок — ${n}`}${n > SHOWN_PROBLEMS ? ` (показаны первые ${SHOWN_PROBLEMS})` : ''}. Исправьте файл и повторите загрузку.`,
      Object.fromEntries(shown.map((p) => [p.index < 0 ? 'entries' : `entries.${p.index}`, describeProblem(p)])),
    );
  }
  const now = ctx.clock.now();
  const codes = new Set(check.entries.map((e) => e.code));
  return ctx.db.transaction().execute(async (trx) => {
    const used = await trx.selectFrom('appeal_questions').select('totk_code').distinct().orderBy('totk_code').execute();
    const missing = used.map((r) => r.totk_code).filter((c) => !codes.has(c));
    if (missing.length > 0) {
      throw errors.conflict(
        `Редакция не загружена: ${missing.length === 1 ? 'код используется' : 'коды используются'} в зарегистрированных обращениях, но ${missing.length === 1 ? 'отсутствует' : 'отсутствуют'} в новой редакции: ${missing.join(', ')}. Добавьте ${missing.length === 1 ? 'этот код' : 'эти коды'} в файл редакции (при необходимости с прежним наименованием) и повторите загрузку.`,
        { entries: `Отсутствуют используемые коды: ${missing.join(', ')}` },
      );
    }
    const before = await trx.selectFrom('totk_editions').select(['id', 'title', 'entries']).where('current', '=', true).executeTakeFirst();
    const changes = await writeEdition(trx, check.entries);
    await trx.updateTable('totk_editions').set({ current: false }).where('current', '=', true).execute();
    const edition = await trx
      .insertInto('totk_editions')
      .values({ title: input.title, entries: check.entries.length, loaded_at: now, loaded_by: ctx.actor.userId, current: true })
      .returning(['id', 'title', 'entries', 'loaded_at', 'current'])
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      actor: ctx.actor,
      at: now,
      entityType: 'classifier',
      entityId: edition.id,
      action: 'classifier.edition_imported',
      before: before ? { editionId: before.id, title: before.title, entries: before.entries } : null,
      after: { title: input.title, entries: check.entries.length, ...changes },
      legalGround: 'ADM-6: загрузка новой редакции классификатора ТОТК',
      requestId: ctx.requestId,
    });
    return { edition: { id: edition.id, title: edition.title, entries: edition.entries, loadedAt: edition.loaded_at.toISOString(), current: edition.current }, ...changes };
  });
}
