import { sql } from 'kysely';
import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { migrationState } from '../../platform/db/migrate';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), reachable: z.boolean() }),
  migrations: z.object({ applied: z.number(), pending: z.array(z.string()), latest: z.string().nullable() }),
});

export const healthRoutes: Feature = (api, deps) => {
  api.get('/health', {
    config: { access: 'public' },
    schema: { tags: ['Служебное'], summary: 'Состояние базы данных и миграций', response: { 200: healthResponse, 503: healthResponse } },
    handler: async (_req, reply) => {
      let reachable = true;
      let migrations: z.infer<typeof healthResponse>['migrations'] = { applied: 0, pending: [], latest: null };
      try {
        await sql`select 1`.execute(deps.db);
        migrations = await migrationState(deps.db);
      } catch {
        reachable = false;
      }
      const ok = reachable && migrations.pending.length === 0;
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database: { kind: deps.dbKind, reachable }, migrations });
    },
  });
};
