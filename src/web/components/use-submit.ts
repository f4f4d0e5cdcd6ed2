import { useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { showApiError } from './form-errors';

export type FieldErrors = Record<string, string>;

type Options = {
  /** The refusal's message goes to a notification instead of the form's own alert (`error`). */
  notify?: boolean;
};

type RunOptions = {
  /** Maps the server's field paths to the form's keys (the server names items of a list by their place). */
  fields?: (fields: FieldErrors) => FieldErrors;
};

/**
 * One form's submission: the busy flag, the server's refusal and its messages for the fields.
 * `run` forgets the last refusal, runs the action (the request, the success notice, closing the
 * dialog) and answers whether it succeeded; when the server refuses, its message and the field
 * messages stay for the form to show, and nothing typed is touched. `fallback` is the message
 * for an error that did not come from the server.
 */
export function useSubmit(fallback: string, { notify = false }: Options = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // A second click before the re-render must not send the request twice.
  const running = useRef(false);

  async function run(action: () => Promise<void>, options: RunOptions = {}): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    try {
      await action();
      return true;
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'unknown', fallback);
      setFieldErrors(options.fields ? options.fields(apiError.fields) : apiError.fields);
      if (notify) showApiError(apiError);
      else setError(apiError.message);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  /** Forgets the refusal; the form's own messages (from checking before sending), if any, take the fields. */
  function reset(messages: FieldErrors = {}) {
    setError(undefined);
    setFieldErrors(messages);
  }

  /** The message for a field, or for any part of it (`parts.0.executors.1` belongs to `parts.0.executors`). */
  function fieldError(key: string): string | undefined {
    return fieldErrors[key] ?? Object.entries(fieldErrors).find(([k]) => k.startsWith(`${key}.`))?.[1];
  }

  return { busy, error, fieldErrors, setFieldErrors, fieldError, run, reset };
}
