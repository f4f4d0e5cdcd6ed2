import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-queue';
import type { AppDeps } from '../../platform/http/deps';
import { queueRegistrationNotices } from './queue-registration-notices';

const payload = z.object({
  appealId: z.number().int().positive(),
  // Who registered: the notice's executor line and the author of its events.
  actor: z.object({ userId: z.number().int(), officialId: z.number().int(), actingFor: z.object({ userId: z.number().int(), name: z.string() }).nullable() }),
  requestId: z.string(),
});

export type RegistrationNoticePayload = z.infer<typeof payload>;

/**
 * REG-9: the registration notice is made in the background, after the registration has committed
 * (the .docx takes longer than the registration itself). Enqueued in the registering transaction,
 * so a registered appeal always gets its notice; a retry finds the notices already made.
 */
export function registrationNoticeJob(deps: AppDeps) {
  return defineJob({
    name: 'registration-notice',
    payload,
    maxAttempts: 5,
    handler: async (p, { db, clock }) =>
      queueRegistrationNotices({ db, clock, actor: p.actor, requestId: p.requestId }, p.appealId, { profile: deps.profile(), calendar: await deps.calendar.get(), timeZone: deps.timeZone(), delivery: deps }),
  });
}
