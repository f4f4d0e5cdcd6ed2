import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { fillTemplate } from '../../platform/documents/docx-template';
import { computeDeadline } from '../../../domain/deadlines';
import { transition } from '../../../domain/appeal/lifecycle';
import { deliveryRoute } from '../../../domain/documents/delivery-route';
import { legalBasisInstrumental } from '../../../domain/documents/legal-basis';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import type { ConsiderationDeps } from '../consideration/shared';
import { getAppealCard } from '../registry/queries';
import { noticeRecipients } from '../notices/recipients';
import { appealSources, noticeValues } from '../notices/notice-values';
import { loadDocumentParties } from '../notices/document-parties';
import { enqueueDelivery, type DeliveryDeps } from '../delivery/deliver-email-job';
import { nextOutgoingNumber } from '../notices/outgoing-number';
import type { RedirectInput } from './schemas';
import { insertRedirectNotice, markRedirected } from './record-redirect';

/**
 * ROU-7, ROU-10 (59-ФЗ ст. 8 ч. 3, 3.1; HMR 4.8–4.9, KCSON 2.9–2.10, KHV 3.4.2, DUKI 4.3): the
 * appeal (or some of its questions) goes to the competent bodies — to each a registered cover letter
 * with the questions it gets (ANS-6), to the author a notice by the route the law names (e-mail when
 * the appeal is electronic, otherwise in writing). The questions get the result «направлено по
 * компетенции»; when all of them went elsewhere the appeal is «Направлено по компетенции». The
 * deadline: 7 days from registration, 5 for information on migration law; a late redirect is done
 * and says so.
 */
export async function redirectAppeal(ctx: StaffCtx, appealId: number, input: RedirectInput, deps: ConsiderationDeps & { delivery: DeliveryDeps }) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const appeal = await trx.selectFrom('appeals').select(['id', 'number', 'status', 'registration_date']).where('id', '=', appealId).forUpdate().executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    const step = transition(appeal.status, 'redirect');
    if (!step.ok) throw errors.conflict(`№ ${appeal.number}: ${step.reason}`);
    const card = await getAppealCard(trx, appealId);
    if (!card) throw errors.notFound('Обращение', 'n');
    const questions = await trx.selectFrom('appeal_questions as q').innerJoin('totk as t', 't.code', 'q.totk_code').select(['q.id', 'q.position', 'q.totk_code', 't.name', 'q.result']).where('q.appeal_id', '=', appealId).orderBy('q.position').execute();
    const bodies = await trx.selectFrom('external_bodies').selectAll().where('id', 'in', input.targets.map((x) => x.bodyId)).where('active', '=', true).execute();
    const fields: Record<string, string> = {};
    for (const [i, target] of input.targets.entries()) {
      const body = bodies.find((b) => b.id === target.bodyId);
      if (!body) fields[`targets.${i}.bodyId`] = 'Орган не найден в справочнике или отключён.';
      else if (!body.postal_address.trim() && !body.email.trim()) fields[`targets.${i}.bodyId`] = 'У органа не указан ни почтовый адрес, ни адрес электронной почты: дополните справочник.';
      if (target.questionIds.some((qid) => !questions.some((q) => q.id === qid))) fields[`targets.${i}.questionIds`] = 'Такого вопроса в обращении нет.';
    }
    if (Object.keys(fields).length > 0) throw errors.invalid('Обращение не направлено: исправьте отмеченные поля.', fields);

    const due = computeDeadline(input.migration ? 'migration-redirect' : 'redirect', appeal.registration_date, deps.profile, deps.calendar);
    const warnings = today > due.date ? [`Срок направления по компетенции (${formatDateRu(due.date)}, ${input.migration ? '59-ФЗ ст. 8 ч. 3.1' : '59-ФЗ ст. 8 ч. 3'}) пропущен.`] : [];
    const parties = await loadDocumentParties(trx, ctx.actor.officialId);
    const templates = await trx.selectFrom('document_templates').select(['kind', 'content']).where('kind', 'in', ['redirect-cover-letter', 'redirect-notice']).execute();
    const templateOf = (kind: string) => templates.find((x) => x.kind === kind)?.content ?? Promise.reject(errors.conflict('Шаблон письма о переадресации не найден. Администратору: восстановите шаблоны по умолчанию.'));
    const author = noticeRecipients(card)[0];
    const base = (recipient: Parameters<typeof noticeValues>[0]['recipient']) =>
      noticeValues({
        appeal: appealSources(card),
        recipient,
        organisation: parties.organisation,
        head: parties.head,
        executor: parties.official,
        legalBasis: legalBasisInstrumental(deps.profile.procedureLinks),
        today,
      });
    const noRecipient = { kind: 'person' as const, surname: null, firstName: null, patronymic: null, organisationName: null, gender: null, postalAddress: '', email: '' };

    const created: { bodyId: number; coverLetterId: number; noticeIds: number[]; outgoingNumber: string }[] = [];
    for (const target of input.targets) {
      const body = bodies.find((b) => b.id === target.bodyId)!;
      const list = questions.filter((q) => target.questionIds.includes(q.id)).map((q, i) => `${i + 1}. ${q.name} (${q.totk_code})`).join('\n');
      const extra = { орган: body.name, адрес_органа: body.postal_address || body.email, вопросы_переадресации: list };
      // The cover letter: registered (ANS-6), to the body by post — or e-mail when only that is known.
      const outgoingNumber = await nextOutgoingNumber(trx, Number(today.slice(0, 4)));
      const route = body.postal_address.trim() ? ('post' as const) : ('email' as const);
      const cover = await trx
        .insertInto('outgoing_documents')
        .values({
          appeal_id: appealId, kind: 'redirect-cover-letter', route, recipient_author_id: null, recipient_body_id: body.id, recipient_address: route === 'post' ? body.postal_address : body.email, status: 'queued', due_date: due.date,
          file_name: `Сопроводительное письмо (исх. ${outgoingNumber}), обращение № ${card.number.replace(/[\\/]/g, '-')}.docx`,
          content: fillTemplate(await templateOf('redirect-cover-letter'), { ...base(author ?? noRecipient), ...extra }), created_by: ctx.actor.userId, created_at: now, outgoing_number: outgoingNumber, outgoing_date: today,
        })
        .returning(['id', 'route'])
        .executeTakeFirstOrThrow();
      if (cover.route === 'email') await enqueueDelivery(trx, deps.delivery, cover.id);
      // The author's notice by the route the law names (DUKI 4.3).
      const noticeIds: number[] = [];
      for (const r of noticeRecipients(card)) {
        const delivery = deliveryRoute(card, r);
        if (!delivery) continue;
        const content = fillTemplate(await templateOf('redirect-notice'), { ...base(r), ...extra });
        noticeIds.push(await insertRedirectNotice(trx, deps.delivery, { appealId, appealNumber: card.number, recipientAuthorId: r.id, delivery, dueDate: due.date, content, userId: ctx.actor.userId, now }));
      }
      await trx.insertInto('redirects').values({ appeal_id: appealId, body_id: body.id, question_ids: JSON.stringify(target.questionIds), migration: input.migration, due_date: due.date, cover_letter_id: cover.id, created_by: ctx.actor.userId, created_at: now }).execute();
      created.push({ bodyId: body.id, coverLetterId: cover.id, noticeIds, outgoingNumber });
    }
    // CTL-3: «направлено по компетенции» for every question sent.
    const sent = [...new Set(input.targets.flatMap((x) => x.questionIds))];
    const targets = created.map((c) => ({ ...c, questionIds: input.targets.find((x) => x.bodyId === c.bodyId)!.questionIds }));
    const { status } = await markRedirected(trx, { actor: ctx.actor, requestId: ctx.requestId, now, appeal, to: step.to, questions, sent, dueDate: due.date, migration: input.migration, targets });
    return { status, dueDate: due.date, dueSteps: due.steps, targets: created, warnings };
  });
}
