import { sql } from 'kysely';
import { recordEvent } from '../../platform/events';
import { fillTemplate } from '../../platform/documents/docx-template';
import { errors } from '../../platform/errors';
import { formatDateRu } from '../../../domain/time/local-date';
import type { MassActionCoverValues } from '../../../domain/documents/placeholders';
import { noticeValues } from '../notices/notice-values';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import { firstAuthors } from './queries';
import { appealsCount } from '../../../domain/documents/plural';
import { buildRegistryDocument } from './registry-document';
import type { RunEnv } from './run-mass-action';
import type { RunSetup } from './run-setup';

/**
 * HMR 7.14 (REG-12): when no appeal of the action is pending — the registry of the appeals
 * redirected since the last registry, and one cover letter to the body with the request for the
 * results of consideration; registered as outgoing (ANS-6) and queued for the post: the registrar
 * encloses the registry and the appeals themselves (59-ФЗ ст. 8 ч. 3). The action is locked, so two
 * runners make one letter.
 *
 * The letter is an outgoing document, and an outgoing document belongs to an appeal (the print
 * queue, the postal register, the case's documents rely on it): it is filed under the first appeal
 * of the registry, and every appeal's redirect row points at it. Whoever reads that appeal may read
 * the letter — so the letter carries nothing about the other appeals' authors (only the body, the
 * date, the question and the count). The registry with the authors' names and addresses is kept
 * apart (`mass_action_letters`) and is given only by the mass-action endpoint (the registrar,
 * `appeals.mass-action`). Returns whether the action is finished.
 */
export async function finishMassAction(env: RunEnv, setup: RunSetup): Promise<boolean> {
  const now = env.clock.now();
  return env.db.transaction().execute(async (trx) => {
    const action = await trx.selectFrom('mass_actions').select(['id', 'status', 'registration_date', 'body_id']).where('id', '=', setup.action.id).forUpdate().executeTakeFirstOrThrow();
    if (action.status !== 'running') return true;
    const states = await trx.selectFrom('mass_action_items').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).where('action_id', '=', action.id).groupBy('state').execute();
    const count = (s: string) => Number(states.find((x) => x.state === s)?.n ?? 0);
    if (count('pending') > 0) return false;

    const rows = await trx
      .selectFrom('mass_action_items as i')
      .innerJoin('appeals as ap', 'ap.id', 'i.appeal_id')
      .select(['i.appeal_id', 'ap.number', 'ap.registration_date'])
      .where('i.action_id', '=', action.id)
      .where('i.state', '=', 'done')
      .where('i.letter_id', 'is', null)
      .orderBy('i.position')
      .execute();
    let letter: { id: number; coverLetterId: number; outgoingNumber: string } | null = null;
    if (rows.length > 0) {
      const authors = await firstAuthors(trx, rows.map((r) => r.appeal_id));
      const registry = await buildRegistryDocument(
        { organisation: setup.parties.organisation.fullName, bodyName: setup.body.name, registrationDate: action.registration_date, question: `${setup.question.name} (${setup.question.code})`, today: setup.today },
        rows.map((r) => ({ number: r.number, registrationDate: r.registration_date, author: authors.get(r.appeal_id)?.name ?? 'Автор не указан', address: authors.get(r.appeal_id)?.address ?? '', question: `${setup.question.name} (${setup.question.code})` })),
      );
      const template = await trx.selectFrom('document_templates').select('content').where('kind', '=', 'mass-action-cover-letter').executeTakeFirst();
      if (!template) throw errors.conflict('Шаблон сопроводительного письма к реестру не найден. Администратору: восстановите шаблоны по умолчанию.');
      const body = setup.body;
      const values: MassActionCoverValues = {
        ...noticeValues({
          ...setup.sources,
          appeal: { number: '', receivedDate: action.registration_date, registrationDate: action.registration_date, annotation: setup.question.name, considerationDeadline: setup.due.date },
          recipient: { kind: 'organisation', surname: null, firstName: null, patronymic: null, organisationName: body.name, gender: null, postalAddress: body.postal_address, email: body.email },
        }),
        // A letter to a body has no salutation to a citizen.
        обращение: '',
        орган: body.name,
        адрес_органа: body.postal_address,
        вопросы_переадресации: setup.questionLine,
        число_обращений: appealsCount(rows.length),
      };
      // No registry in the letter: see above.
      const content = fillTemplate(template.content, values);
      const outgoingNumber = await nextOutgoingNumber(trx, Number(setup.today.slice(0, 4)));
      // By post only: the appeals are enclosed (a body without a postal address is refused at the launch).
      const route = 'post' as const;
      const cover = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: rows[0]!.appeal_id, kind: 'mass-action-cover-letter', route, recipient_author_id: null, recipient_body_id: body.id, recipient_address: body.postal_address, status: 'queued', due_date: setup.due.date,
          file_name: `Сопроводительное письмо (исх. ${outgoingNumber}) к реестру обращений от ${formatDateRu(action.registration_date)}.docx`, content, created_by: setup.action.created_by, created_at: now, outgoing_number: outgoingNumber, outgoing_date: setup.today,
        })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      const saved = await trx
        .insertInto('mass_action_letters')
        .values({ action_id: action.id, cover_letter_id: cover.id, appeals: rows.length, registry_file_name: `Реестр обращений от ${formatDateRu(action.registration_date)} (исх. ${outgoingNumber}).docx`, registry_content: registry, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('mass_action_items').set({ letter_id: saved.id }).where('action_id', '=', action.id).where('state', '=', 'done').where('letter_id', 'is', null).execute();
      await trx
        .updateTable('redirects')
        .set({ cover_letter_id: cover.id })
        .where('body_id', '=', action.body_id)
        .where('cover_letter_id', 'is', null)
        .where('appeal_id', 'in', (eb) => eb.selectFrom('mass_action_items').select('appeal_id').where('letter_id', '=', saved.id))
        .execute();
      letter = { id: saved.id, coverLetterId: cover.id, outgoingNumber };
    }
    const failed = count('failed');
    const status = failed > 0 ? ('done-with-errors' as const) : ('done' as const);
    await trx.updateTable('mass_actions').set({ status, finished_at: now }).where('id', '=', action.id).execute();
    const notices = await trx.selectFrom('mass_action_items').select(sql<number>`coalesce(sum(notices), 0)`.as('n')).where('action_id', '=', action.id).executeTakeFirstOrThrow();
    await recordEvent(trx, {
      actor: setup.actor,
      at: now,
      entityType: 'mass_action',
      entityId: action.id,
      action: 'mass-action.completed',
      after: { status, done: count('done'), failed, notices: Number(notices.n), registry: letter ? { letterId: letter.id, appeals: rows.length, coverLetterId: letter.coverLetterId, outgoingNumber: letter.outgoingNumber } : null },
      legalGround: 'HMR 7.14; 59-ФЗ ст. 8 ч. 3',
    });
    return true;
  });
}
