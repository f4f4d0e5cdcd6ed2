import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { localDate } from '../../../domain/time/local-date';
import { myAssignments } from '../consideration/queries';
import { executorsWorkload } from './queries';

const tags = ['Поручения исполнителей'];
const userParams = z.object({ userId: z.coerce.number().int().positive() });

/**
 * ROU-12 (KHV 2.7.4): the head's view of the executors' open work, from which all of one
 * executor's assignments are handed over to another (POST /api/executors/:userId/hand-over).
 */
export const workloadRoutes: Feature = (api, deps) => {
  const today = () => localDate(deps.clock.now(), deps.timeZone());

  api.get('/executors/workload', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Исполнители и их поручения на исполнении (ROU-12)', response: { 200: z.unknown(), ...errorResponses } },
    handler: async () => executorsWorkload(deps.db, today()),
  });

  api.get('/executors/:userId/assignments', {
    config: { access: 'appeals.resolve' },
    schema: { tags, summary: 'Поручения исполнителя на исполнении', params: userParams, response: { 200: z.unknown(), ...errorResponses } },
    handler: async (req) => {
      const user = await deps.db.selectFrom('users').select('id').where('id', '=', req.params.userId).executeTakeFirst();
      if (!user) throw errors.notFound('Сотрудник', 'm');
      return myAssignments(deps.db, req.params.userId, today(), 5000);
    },
  });
};
