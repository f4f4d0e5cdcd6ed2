import { useState, type FormEvent } from 'react';
import { showApiError } from '../../components/form-errors';

export type FieldErrors = Record<string, string>;

/**
 * The state of one admin form: values, the server's field errors and the busy flag.
 * On an error the values stay as typed; the messages appear under their fields.
 */
export function useForm<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  function set<K extends keyof T>(key: K, value: T[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => dropErrors(e, String(key)));
  }

  /** Several fields at once (the shared person fields use this). */
  function patch(p: Partial<T>) {
    setValues((v) => ({ ...v, ...p }));
    setErrors((e) => Object.keys(p).reduce(dropErrors, e));
  }

  /** The message for a field, or for any part of it (`phones.0.number` belongs to `phones`). */
  function error(key: string): string | undefined {
    return errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
  }

  function submit(action: (values: T) => Promise<void>) {
    return async (event: FormEvent) => {
      event.preventDefault();
      if (busy) return;
      setBusy(true);
      setErrors({});
      try {
        await action(values);
      } catch (e) {
        showApiError(e, setErrors);
      } finally {
        setBusy(false);
      }
    };
  }

  return { values, setValues, set, patch, errors, error, busy, submit };
}

function dropErrors(errors: FieldErrors, key: string): FieldErrors {
  const keys = Object.keys(errors).filter((k) => k === key || k.startsWith(`${key}.`));
  if (keys.length === 0) return errors;
  const next = { ...errors };
  for (const k of keys) delete next[k];
  return next;
}
