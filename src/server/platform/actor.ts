import type { Role } from '../../domain/org/roles';

/** Who is acting: the real user, and — in substitute mode — whose authority he uses. */
export type Actor = {
  userId: number;
  officialId: number;
  login: string;
  name: string;
  /** Roles the actor has right now: his own, or the absent person's in substitute mode. */
  roles: Role[];
  ownRoles: Role[];
  supervisedUnitIds: number[];
  actingFor: { userId: number; name: string } | null;
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
};
