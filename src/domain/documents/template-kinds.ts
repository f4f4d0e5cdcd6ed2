/**
 * ADM-4: the kinds of outgoing documents that have a template. Each kind has one template, which
 * the administrator may replace with his own .docx and reset to the generated default.
 * Further kinds (redirect, extension, special-case notices, cover letter, answer…) join this list
 * with their features.
 */
export const templateKinds = [
  { kind: 'registration-notice', title: 'Уведомление о регистрации обращения', source: 'HMR 3.8, прил. 3 (REG-9)' },
  { kind: 'mail-opening-act', title: 'Акт о вскрытии почтового отправления', source: 'HMR 2.6, DUKI 2.3, KHV 3.2.4 (INT-4)' },
] as const satisfies readonly { kind: string; title: string; source: string }[];

export type TemplateKind = (typeof templateKinds)[number]['kind'];

export function templateKindOf(kind: string) {
  return templateKinds.find((k) => k.kind === kind);
}
