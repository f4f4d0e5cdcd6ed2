import type { StaffCtx } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { appealsCount } from '../../../domain/documents/plural';
import { selectAppeals } from './queries';
import { redirectTerm, type TermDeps } from './redirect-term';
import { enqueueMassActionRun, type MassActionJob } from './run-mass-action';
import type { CreateMassActionInput } from './schemas';

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';

/**
 * REG-12 (HMR 7.14: «В случае проведения одномоментной акции, когда в один день поступает более
 * тысячи обращений, Отдел составляет реестр таких обращений и обеспечивает его направление одним
 * сопроводительным письмом по компетенции…»): the registrar takes the appeals of one subject
 * registered on one day that he reviewed and confirmed (by their ids) and names the competent body.
 * One transaction writes the action, an item per appeal and the job that runs it; the redirects,
 * the notices, the registry and the cover letter are made by the job, batch by batch, after the commit.
 */
export async function createMassAction(
  ctx: StaffCtx,
  input: CreateMassActionInput,
  deps: { jobs: JobQueue; job: MassActionJob; term: TermDeps },
): Promise<{ id: number; total: number; redirectDue: string; redirectOverdue: boolean }> {
  const now = ctx.clock.now();
  const term = await redirectTerm(deps.term, input.registrationDate, now);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const fields: Record<string, string> = {};
      const body = await trx.selectFrom('external_bodies').select(['id', 'name', 'postal_address', 'email']).where('id', '=', input.bodyId).where('active', '=', true).executeTakeFirst();
      if (!body) fields.bodyId = 'Орган не найден в справочнике или отключён.';
      // 59-ФЗ ст. 8 ч. 3: the appeals themselves go with the registry — by post.
      else if (!body.postal_address.trim())
        fields.bodyId = body.email.trim()
          ? 'У органа указан только адрес электронной почты. Обращения одномоментной акции направляются почтой: к сопроводительному письму прилагаются реестр и сами обращения (59-ФЗ ст. 8 ч. 3), а приложить тысячу и более обращений к электронному письму невозможно. Дополните справочник почтовым адресом органа.'
          : 'У органа не указан почтовый адрес: дополните справочник.';
      const question = await trx.selectFrom('totk').select(['code', 'name']).where('code', '=', input.totkCode).executeTakeFirst();
      if (!question) fields.totkCode = 'Такого вопроса в классификаторе нет.';
      if (Object.keys(fields).length > 0) throw errors.invalid('Одномоментная акция не создана: исправьте отмеченные поля.', fields);

      // Exactly the confirmed appeals: any of them gone meanwhile (redirected, passed on, taken by another
      // action) is a conflict; appeals registered after the review are not taken (they stay as they are).
      const wanted = new Set(input.appealIds);
      const eligible = await selectAppeals(trx, input.registrationDate, input.totkCode);
      const appeals = eligible.filter((a) => wanted.has(a.id));
      if (appeals.length !== wanted.size) {
        const gone = wanted.size - appeals.length;
        throw errors.conflict(
          `Список обращений изменился: ${appealsCount(gone)} из ${wanted.size} подтверждённых уже нельзя включить в акцию (направлены, переданы на рассмотрение, включены в другую акцию или не относятся к выбранным дате и вопросу). Обновите список, проверьте его и запустите акцию снова.`,
        );
      }

      const action = await trx
        .insertInto('mass_actions')
        .values({ registration_date: input.registrationDate, totk_code: input.totkCode, body_id: input.bodyId, total: appeals.length, created_by: ctx.actor.userId, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let i = 0; i < appeals.length; i += 1000) {
        await trx
          .insertInto('mass_action_items')
          .values(appeals.slice(i, i + 1000).map((a, k) => ({ action_id: action.id, appeal_id: a.id, position: i + k + 1 })))
          .execute();
      }
      await recordEvent(trx, {
        actor: ctx.actor,
        at: now,
        entityType: 'mass_action',
        entityId: action.id,
        action: 'mass-action.created',
        after: { registrationDate: input.registrationDate, totkCode: input.totkCode, bodyId: input.bodyId, total: appeals.length, leftOut: eligible.length - appeals.length, ...term },
        legalGround: 'HMR 7.14; 59-ФЗ ст. 8 ч. 3',
        requestId: ctx.requestId,
      });
      await enqueueMassActionRun(trx, deps.jobs, deps.job, action.id, 1);
      return { id: action.id, total: appeals.length, ...term };
    });
  } catch (e) {
    // Two launches at once (PostgreSQL): the second meets the first's items on the unique appeal_id.
    if (isUniqueViolation(e)) throw errors.conflict('Часть обращений уже включена в другую одномоментную акцию, запущенную одновременно с этой. Обновите список обращений и проверьте, какие из них остались.');
    throw e;
  }
}
