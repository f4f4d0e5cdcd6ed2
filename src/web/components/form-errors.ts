import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

/** Shows an API error: field messages go next to their fields, the rest in a notification. */
export function showApiError(e: unknown, setFieldErrors?: (errors: Record<string, string>) => void) {
  const err = e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Непредвиденная ошибка. Повторите действие.');
  if (setFieldErrors && Object.keys(err.fields).length > 0) setFieldErrors(err.fields);
  notifications.show({ color: 'red', title: 'Действие не выполнено', message: err.message, autoClose: 8000 });
}

export function showSuccess(message: string) {
  notifications.show({ color: 'green', message, autoClose: 4000 });
}

/** A warning the server returned with a completed action (a missed term, a setting to fix): stays until closed. */
export function showWarning(message: string) {
  notifications.show({ color: 'yellow', title: 'Обратите внимание', message, autoClose: false });
}
