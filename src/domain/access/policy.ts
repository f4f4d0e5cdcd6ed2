import type { Role } from '../org/roles';

/**
 * The one place that decides who may do what (SEC-2, ARCHITECTURE principle 7).
 * Permissions name capabilities; each is granted to roles. Case-level relations (responsible
 * executor, co-executor, author) are added by the features that own the cases, through this module.
 */
export const permissionRoles = {
  /** The staff workplace itself: anyone who holds at least one role. */
  'workplace.use': ['administrator', 'registrar', 'head', 'deputy', 'executor', 'assistant', 'analyst'],
  /** ADM-1: users, roles, passwords, substitutes. */
  'admin.users': ['administrator'],
  /** ADM-1: organisation details, units, positions, officials. */
  'admin.structure': ['administrator'],
  /** Reading the structure (to pick executors, signers) is open to every staff member. */
  'structure.read': ['administrator', 'registrar', 'head', 'deputy', 'executor', 'assistant', 'analyst'],
  /** SEC-2: the audit log. */
  'events.read': ['administrator'],
  /** ADM-5: the production calendar — everyone reads it, the administrator edits it. */
  'calendar.read': ['administrator', 'registrar', 'head', 'deputy', 'executor', 'assistant', 'analyst'],
  'admin.calendar': ['administrator'],
  /** ADM-3: the directory of external bodies — everyone picks from it, the administrator keeps it. */
  'external-bodies.read': ['administrator', 'registrar', 'head', 'deputy', 'executor', 'assistant', 'analyst'],
  'admin.external-bodies': ['administrator'],
  /** REG-1…13: the registrar registers appeals and sees the authors' history. */
  'appeals.register': ['registrar'],
  /** A registered appeal is never deleted; an administrator may annul one registered in error. */
  'appeals.annul': ['administrator'],
  /** SEC-2: the registry and the journal; executors will see their own appeals through case relations. */
  'appeals.read': ['registrar', 'head', 'deputy', 'assistant', 'analyst', 'administrator'],
  /** The deadline calculator and the rules behind every deadline. */
  'deadlines.preview': ['administrator', 'registrar', 'head', 'deputy', 'executor', 'assistant', 'analyst'],
  /** ADM-6: the ТОТК classifier — every staff member reads it, the administrator loads editions. */
  'classifier.read': ['administrator', 'registrar', 'head', 'deputy', 'executor', 'assistant', 'analyst'],
  'admin.classifier': ['administrator'],
  /** ADM-4: templates of outgoing documents — the administrator replaces and resets them. */
  'admin.templates': ['administrator'],
  /** ROU-1, ROU-6: the registrar passes a registered appeal to the head or a deputy. */
  'appeals.hand-over': ['registrar'],
  /** ROU-2: resolutions — the head, and a deputy for what is passed to him. */
  'appeals.resolve': ['head', 'deputy'],
  /** «Мои поручения»: what one was assigned (the case is then readable through the assignment). */
  'assignments.work': ['executor', 'head', 'deputy'],
  /** ROU-8: whose decision or action a complaint is about (the card). */
  'appeals.complained-subject': ['registrar', 'head', 'deputy'],
  /** ROU-7, ROU-10: redirection by competence (the head decides; the registrar carries it out). */
  'appeals.redirect': ['registrar', 'head', 'deputy'],
  /** REG-12 (HMR 7.14): a mass action — the Department (the registrar) makes the registry and the cover letter. */
  'appeals.mass-action': ['registrar'],
  /** SPC-1…13 (59-ФЗ ст. 11): special-case dispositions; each case narrows it to the persons its procedure names (domain/special-cases/dispositions.ts). */
  'appeals.special-case': ['registrar', 'head', 'deputy'],
  /** SPC-5 (59-ФЗ ст. 11 ч. 5; HMR 7.7, DUKI 5.15): resumption of terminated correspondence — who may terminate it. */
  'appeals.correspondence': ['head', 'deputy'],
  /** SPC-11 (HMR 7.9): the head approves the text of an answer for publication on the official site, or returns it. */
  'publications.approve': ['head'],
  /** CTL-2: removal from control, or keeping on control. */
  'appeals.control': ['head', 'deputy'],
  /** CTL-4: the author's evaluation, recorded by whoever received it. */
  'appeals.evaluate': ['registrar', 'head', 'deputy', 'executor', 'assistant'],
  /** ANS-7 (HMR 8.6, DUKI 5.21): postal dispatch — envelopes and the register of postal items (ф. 103). */
  'postal.dispatch': ['registrar', 'administrator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;

/**
 * ADM-1: a substitute acts with the absent person's authority — except administration, which is
 * never delegated by substitution (an acting administrator could otherwise grant himself the role
 * for good). Administrators are appointed in the user screens.
 */
export function rolesWhenActingFor(absentRoles: readonly Role[]): Role[] {
  return absentRoles.filter((r) => r !== 'administrator');
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissionRoles[permission];
  return roles.some((r) => allowed.includes(r));
}

/** The workplace sections (issue «Foundation»: the navigation shell) and who sees each. */
export const sections = [
  { key: 'registration', title: 'Регистрация', path: '/app/registration', roles: ['registrar'] },
  { key: 'journal', title: 'Журнал', path: '/app/journal', roles: ['registrar', 'head', 'deputy', 'assistant', 'analyst'] },
  { key: 'postal', title: 'Почтовые отправления', path: '/app/postal', roles: ['registrar', 'administrator'] },
  // REG-12 (HMR 7.14): one registry and one cover letter for the appeals of a mass action.
  { key: 'mass-actions', title: 'Одномоментные акции', path: '/app/mass-actions', roles: ['registrar'] },
  { key: 'resolution', title: 'На резолюцию', path: '/app/resolution', roles: ['head', 'deputy'] },
  { key: 'assignments', title: 'Мои поручения', path: '/app/assignments', roles: ['executor', 'head', 'deputy'] },
  // ROU-12 (KHV 2.7.4): the executors' open work and its hand-over on leave, transfer or dismissal.
  { key: 'executors', title: 'Поручения исполнителей', path: '/app/executors', roles: ['head', 'deputy'] },
  { key: 'control', title: 'Контроль', path: '/app/control', roles: ['registrar', 'head', 'deputy'] },
  { key: 'reception', title: 'Личный приём', path: '/app/reception', roles: ['assistant', 'registrar', 'head', 'deputy'] },
  { key: 'reports', title: 'Отчёты', path: '/app/reports', roles: ['analyst', 'registrar', 'head', 'deputy'] },
  { key: 'deadlines', title: 'Калькулятор сроков', path: '/app/deadlines', roles: ['registrar', 'head', 'deputy', 'executor', 'assistant'] },
  { key: 'admin', title: 'Администрирование', path: '/app/admin', roles: ['administrator'] },
] as const satisfies readonly { key: string; title: string; path: string; roles: readonly Role[] }[];

export type SectionKey = (typeof sections)[number]['key'];

export function visibleSections(roles: readonly Role[]) {
  return sections.filter((s) => s.roles.some((r) => (roles as readonly string[]).includes(r)));
}
