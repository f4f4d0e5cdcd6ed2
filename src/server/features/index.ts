import type { Feature } from '../platform/http/api';
import { healthRoutes } from './health/routes';
import { authRoutes } from './auth/routes';
import { portalRoutes } from './portal/routes';
import { userRoutes } from './admin/users/routes';
import { structureRoutes } from './admin/structure/routes';
import { organisationRoutes } from './admin/organisation/routes';
import { substitutionRoutes } from './admin/substitutions/routes';
import { eventRoutes } from './admin/events/routes';
import { calendarRoutes } from './calendar/routes';
import { deadlineRoutes } from './deadlines/routes';
import { externalBodyRoutes } from './external-bodies/routes';
import { registryRoutes } from './registry/routes';
import { classifierRoutes } from './classifier/routes';
import { journalRoutes } from './journal/routes';
import { attachmentRoutes } from './attachments/routes';
import { noticeRoutes } from './notices/routes';
import { templateRoutes } from './admin/templates/routes';
import { mailOpeningActRoutes } from './mail-opening-acts/routes';
import { deliveryRoutes } from './delivery/routes';
import { considerationRoutes } from './consideration/routes';
import { answerRoutes } from './answers/routes';
import { extensionRoutes } from './extensions/routes';
import { redirectRoutes } from './redirects/routes';
import { documentsRequestRoutes } from './documents-requests/routes';
import { competenceMapRoutes } from './competence-map/routes';

/** Every capability's routes, registered under /api. */
export const features: Feature[] = [healthRoutes, authRoutes, portalRoutes, userRoutes, structureRoutes, organisationRoutes, substitutionRoutes, eventRoutes, calendarRoutes, deadlineRoutes, registryRoutes, externalBodyRoutes, classifierRoutes, journalRoutes, attachmentRoutes, noticeRoutes, templateRoutes, mailOpeningActRoutes, considerationRoutes, answerRoutes, extensionRoutes, redirectRoutes, documentsRequestRoutes, competenceMapRoutes, deliveryRoutes];
