/** ADM-1: the roles a person can hold; one person may hold several. */
export const roles = ['administrator', 'registrar', 'head', 'deputy', 'executor', 'assistant', 'analyst'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  administrator: 'Администратор',
  registrar: 'Регистратор',
  head: 'Руководитель',
  deputy: 'Заместитель руководителя',
  executor: 'Исполнитель',
  assistant: 'Помощник руководителя',
  analyst: 'Аналитик',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
