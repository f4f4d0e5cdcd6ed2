import type { z } from 'zod';
import type { generatedPasswordResponse } from '../../../server/features/admin/users/schemas';
import type { officialView, positionView, unitView } from '../../../server/features/admin/structure/schemas';
import type { organisationView } from '../../../server/features/admin/organisation/schemas';
import type { substitutionView } from '../../../server/features/admin/substitutions/schemas';

/** The JSON the admin endpoints answer with, inferred from the server's zod schemas (type-only). */
export type { UserView } from '../../../server/features/admin/users/schemas';
export type GeneratedPassword = z.infer<typeof generatedPasswordResponse>;
export type Unit = z.infer<typeof unitView>;
export type Position = z.infer<typeof positionView>;
export type Official = z.infer<typeof officialView>;
export type Organisation = z.infer<typeof organisationView>;
export type Substitution = z.infer<typeof substitutionView>;

/** GET /api/admin/events — the route declares its schema locally, so it is mirrored here. */
export type AuditEvent = {
  id: number;
  occurredAt: string;
  actorUserId: number | null;
  actorLogin: string | null;
  actingForUserId: number | null;
  actingForLogin: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  legalGround: string | null;
};
