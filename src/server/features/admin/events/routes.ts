import { z } from 'zod';
import type { Feature } from '../../../platform/http/api';
import { errorResponses } from '../../../platform/http/api';

const query = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const eventView = z.object({
  id: z.number(),
  occurredAt: z.string(),
  actorUserId: z.number().nullable(),
  actorLogin: z.string().nullable(),
  actingForUserId: z.number().nullable(),
  actingForLogin: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  legalGround: z.string().nullable(),
});

/** SEC-2: the audit log, newest first, read-only. */
export const eventRoutes: Feature = (api, deps) => {
  api.get('/admin/events', {
    config: { access: 'events.read' },
    schema: { tags: ['Администрирование: журнал событий'], summary: 'Журнал событий', querystring: query, response: { 200: z.array(eventView), ...errorResponses } },
    handler: async (req) => {
      const q = req.query;
      let sel = deps.db
        .selectFrom('events as e')
        .leftJoin('users as a', 'a.id', 'e.actor_user_id')
        .leftJoin('users as f', 'f.id', 'e.acting_for_user_id')
        .select(['e.id', 'e.occurred_at', 'e.actor_user_id', 'a.login as actor_login', 'e.acting_for_user_id', 'f.login as acting_for_login', 'e.entity_type', 'e.entity_id', 'e.action', 'e.before', 'e.after', 'e.legal_ground'])
        .orderBy('e.id', 'desc')
        .limit(q.limit);
      if (q.entityType) sel = sel.where('e.entity_type', '=', q.entityType);
      if (q.entityId) sel = sel.where('e.entity_id', '=', q.entityId);
      if (q.beforeId) sel = sel.where('e.id', '<', q.beforeId);
      const rows = await sel.execute();
      return rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        actorUserId: r.actor_user_id,
        actorLogin: r.actor_login,
        actingForUserId: r.acting_for_user_id,
        actingForLogin: r.acting_for_login,
        entityType: r.entity_type,
        entityId: r.entity_id,
        action: r.action,
        before: r.before,
        after: r.after,
        legalGround: r.legal_ground,
      }));
    },
  });
};
