/** ARCHITECTURE principle 6: one error type with a code, an HTTP status and a Russian message. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const errors = {
  unauthenticated: () => new AppError('unauthenticated', 401, 'Требуется вход в систему.'),
  forbidden: (message = 'Недостаточно прав для этого действия.') => new AppError('forbidden', 403, message),
  passwordChangeRequired: () =>
    new AppError('password_change_required', 403, 'Необходимо сменить пароль, выданный администратором.'),
  csrf: () =>
    new AppError('csrf', 403, 'Запрос отклонён: истёк срок действия страницы. Обновите страницу и повторите действие.'),
  /** «Обращение не найдено», «Пользователь не найден», «Должность не найдена» — the gender of the noun agrees. */
  notFound: (what = 'Запись', gender: 'm' | 'f' | 'n' = 'f') => new AppError('not_found', 404, `${what} не найден${{ m: '', f: 'а', n: 'о' }[gender]}.`),
  conflict: (message: string, fields?: Record<string, string>) => new AppError('conflict', 409, message, fields),
  invalid: (message: string, fields?: Record<string, string>) => new AppError('validation', 400, message, fields),
  tooMany: (message: string) => new AppError('locked', 429, message),
};
