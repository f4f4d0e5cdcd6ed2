import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { localDate } from '../../../domain/time/local-date';
import { proceduralTotk } from '../../../domain/special-cases/dispositions';
import type { StatementRoute } from '../../../domain/special-cases/statements';
import { getAppealCard } from '../registry/queries';
import { registerAppeal, type RegisterDeps } from '../registry/register-appeal';
import type { AppealRegistered } from '../registry/after-registration';
import type { RegisterAppealInput } from '../registry/schemas';
import type { RegisterStatementInput } from './schemas';
import type { LetterDeps } from './letters';
import { currentRoute, recordStatement, StatementRouteChanged, type StatementFile } from './record-statement';

export type StatementDeps = LetterDeps & { register: RegisterDeps & { onRegistered?: (e: AppealRegistered) => Promise<void> } };

/**
 * SPC-8…10 (HMR 6.2–6.6): the registrar records a citizen's statement about an earlier appeal. Where
 * it goes is decided by the appeal's state (domain statementRoute): forwarded after a redirected appeal
 * with the letters at once; compared within 3 working days (SPC-8/9); attached to the appeal under
 * consideration; or — the answer already sent — registered as a new appeal with the new arguments,
 * linked to the earlier one, with its own term (registerAppeal, in whose transaction the statement is written).
 * The route read here only chooses the transaction: recordStatement decides it again under the lock,
 * and when the appeal changed meanwhile so that another transaction is needed, the registration starts again.
 */
export async function registerStatement(ctx: StaffCtx, appealId: number, input: RegisterStatementInput, deps: StatementDeps, files: readonly StatementFile[] = []) {
  const now = ctx.clock.now();
  const today = localDate(now, deps.timeZone);
  if (input.receivedDate > today) throw errors.invalid('Дата поступления заявления не может быть позже сегодняшней.', { receivedDate: 'Дата в будущем.' });
  for (let attempt = 1; ; attempt += 1) {
    const appeal = await ctx.db.selectFrom('appeals').select(['id', 'number', 'status', 'received_date']).where('id', '=', appealId).executeTakeFirst();
    if (!appeal) throw errors.notFound('Обращение', 'n');
    if (input.receivedDate < appeal.received_date) throw errors.invalid(`Заявление не могло поступить раньше обращения № ${appeal.number} (${appeal.received_date.split('-').reverse().join('.')}).`, { receivedDate: 'Раньше поступления обращения.' });
    const expected = await currentRoute(ctx.db, appeal, input.kind);
    try {
      return await registerOnRoute(ctx, appealId, input, deps, { expected, today, now, files });
    } catch (e) {
      if (!(e instanceof StatementRouteChanged)) throw e;
      if (attempt >= 2) throw errors.conflict(`Состояние обращения № ${appeal.number} изменилось во время регистрации заявления. Повторите регистрацию.`);
    }
  }
}

async function registerOnRoute(ctx: StaffCtx, appealId: number, input: RegisterStatementInput, deps: StatementDeps, o: { expected: StatementRoute; today: string; now: Date; files: readonly StatementFile[] }) {
  const { expected, today, now, files } = o;
  if (expected !== 'new-appeal') return ctx.db.transaction().execute((trx) => recordStatement(trx, ctx, { appealId, input, expected, today, files, deps }));

  const card = await getAppealCard(ctx.db, appealId);
  if (!card) throw errors.notFound('Обращение', 'n');
  // The new appeal keeps the earlier one's questions on the merits and gets ТОТК .0132 when the edition has it.
  const substantive = card.questions.filter((q) => !q.totkCode.startsWith('0001.0002.0027.')).map((q) => ({ totkCode: q.totkCode, annotation: q.annotation }));
  const known = await ctx.db.selectFrom('totk').select('code').where('code', '=', proceduralTotk.additionalDocuments.code).executeTakeFirst();
  const questions = [...substantive, ...(known ? [{ totkCode: proceduralTotk.additionalDocuments.code, annotation: proceduralTotk.additionalDocuments.name }] : [])];
  if (questions.length === 0) throw errors.conflict(`У обращения № ${card.number} нет вопросов по существу, а в классификаторе нет вопроса ${proceduralTotk.additionalDocuments.code}: новое обращение зарегистрировать нельзя.`);
  const receivedAt = new Date(Math.min(Date.parse(`${input.receivedDate}T06:00:00Z`), now.getTime()));
  const appealInput: RegisterAppealInput = {
    receivedAt: receivedAt.toISOString(), form: input.form, channel: input.form === 'electronic' ? 'email' : 'post', type: card.type, addressee: card.addressee, forwarded: null, pages: null,
    annotation: `Дополнительные документы и материалы к обращению № ${card.number} от ${card.registrationDate.split('-').reverse().join('.')} (ответ на него направлен): ${input.content}`.slice(0, 4000),
    text: input.content, collective: false,
    authors: [{ kind: 'person', surname: input.surname, firstName: input.firstName, patronymic: input.patronymic, organisationName: null, postalAddress: input.postalAddress, email: input.email, phone: '', territory: '', socialStatus: '', benefitCategory: '', gender: input.gender, role: 'author', receivesAnswer: true }],
    authorityDocument: null, questions, multiplicity: 'repeat', previousAppealId: appealId, controlType: 'internal', controlOfficialId: null,
  };
  let recorded: Awaited<ReturnType<typeof recordStatement>> | undefined;
  const created = await registerAppeal(ctx, appealInput, {
    ...deps.register,
    onRegistered: async (e) => {
      await deps.register.onRegistered?.(e);
      recorded = await recordStatement(e.trx, ctx, { appealId, input, expected, today, newAppealId: e.appeal.id, files, deps });
    },
  });
  return { ...recorded!, newAppealNumber: created.number };
}
