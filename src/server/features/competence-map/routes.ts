import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { competenceEntryBody, idParams } from './schemas';
import { suggestExecutors } from './suggest-executors';

const tags = ['Распределение вопросов по компетенции'];

/** ADM-2: the competence map (administrators) and the executors it suggests (resolutions). */
export const competenceMapRoutes: Feature = (api, deps) => {
  api.get('/admin/competence-map', {
    config: { access: 'structure.read' },
    schema: { tags, summary: 'Распределение вопросов ТОТК по подразделениям и должностным лицам', response: { 200: z.unknown(), ...errorResponses } },
    handler: async () =>
      deps.db
        .selectFrom('competence_map as m')
        .innerJoin('totk as t', 't.code', 'm.totk_prefix')
        .leftJoin('units as u', 'u.id', 'm.unit_id')
        .leftJoin('officials as o', 'o.id', 'm.official_id')
        .select(['m.id', 'm.totk_prefix', 't.name as totk_name', 'm.unit_id', 'u.name as unit_name', 'm.official_id', 'o.surname', 'o.first_name', 'o.patronymic', 'm.note'])
        .orderBy('m.totk_prefix')
        .execute()
        .then((rows) => rows.map((r) => ({ id: r.id, totkPrefix: r.totk_prefix, totkName: r.totk_name, unitId: r.unit_id, unitName: r.unit_name, officialId: r.official_id, officialName: r.surname ? `${r.surname} ${r.first_name ?? ''} ${r.patronymic ?? ''}`.trim() : null, note: r.note }))),
  });

  api.post('/admin/competence-map', {
    config: { access: 'admin.structure' },
    schema: { tags, summary: 'Добавить строку распределения', body: competenceEntryBody, response: { 200: z.object({ id: z.number() }), ...errorResponses } },
    handler: async (req) => {
      const ctx = staffCtxOf(req, deps);
      const now = ctx.clock.now();
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await trx.selectFrom('totk').select('code').where('code', '=', req.body.totkPrefix).executeTakeFirst())) throw errors.invalid('Такого кода в классификаторе нет.', { totkPrefix: 'Выберите из классификатора.' });
        if (req.body.unitId && !(await trx.selectFrom('units').select('id').where('id', '=', req.body.unitId).executeTakeFirst())) throw errors.invalid('Подразделение не найдено.', { unitId: 'Выберите из списка.' });
        if (req.body.officialId && !(await trx.selectFrom('officials').select('id').where('id', '=', req.body.officialId).executeTakeFirst())) throw errors.invalid('Должностное лицо не найдено.', { officialId: 'Выберите из списка.' });
        const row = await trx.insertInto('competence_map').values({ totk_prefix: req.body.totkPrefix, unit_id: req.body.unitId, official_id: req.body.officialId, note: req.body.note, created_by: ctx.actor.userId, created_at: now }).returning('id').executeTakeFirstOrThrow();
        await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'competence_map', entityId: row.id, action: 'competence.added', after: req.body, legalGround: 'ADM-2', requestId: ctx.requestId });
        return { id: row.id };
      });
    },
  });

  api.delete('/admin/competence-map/:id', {
    config: { access: 'admin.structure' },
    schema: { tags, summary: 'Удалить строку распределения', params: idParams, response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses } },
    handler: async (req) => {
      const ctx = staffCtxOf(req, deps);
      const now = ctx.clock.now();
      await ctx.db.transaction().execute(async (trx) => {
        const row = await trx.deleteFrom('competence_map').where('id', '=', req.params.id).returningAll().executeTakeFirst();
        if (!row) throw errors.notFound('Строка распределения', 'f');
        await recordEvent(trx, { actor: ctx.actor, at: now, entityType: 'competence_map', entityId: row.id, action: 'competence.removed', before: { totkPrefix: row.totk_prefix, unitId: row.unit_id, officialId: row.official_id }, legalGround: 'ADM-2', requestId: ctx.requestId });
      });
      return { ok: true as const };
    },
  });

  api.get('/appeals/:id/suggested-executors', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Исполнители, предлагаемые по распределению вопросов (ROU-1)', params: idParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => suggestExecutors(deps.db, req.params.id),
  });
};
