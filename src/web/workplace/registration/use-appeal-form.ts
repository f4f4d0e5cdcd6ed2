import { useCallback, useState } from 'react';
import { emptyAuthor, emptyQuestion, type AppealFormValues, type AuthorValues, type QuestionValues } from './form-model';

export type FieldErrors = Record<string, string>;

function dropErrors(errors: FieldErrors, prefix: string): FieldErrors {
  const keys = Object.keys(errors).filter((k) => k === prefix || k.startsWith(`${prefix}.`));
  if (keys.length === 0) return errors;
  const next = { ...errors };
  for (const k of keys) delete next[k];
  return next;
}

/**
 * The state of the registration card form: values, the server's messages by field path, and the
 * edits. An edit clears the message of its own field only; everything typed stays on an error.
 */
export function useAppealForm(initial: () => AppealFormValues) {
  const [values, setValues] = useState<AppealFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = useCallback(<K extends keyof AppealFormValues>(key: K, value: AppealFormValues[K], errorPath: string = key) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => dropErrors(e, errorPath));
  }, []);

  const patch = useCallback((p: Partial<AppealFormValues>) => {
    setValues((v) => ({ ...v, ...p }));
    setErrors((e) => Object.keys(p).reduce(dropErrors, e));
  }, []);

  const setAuthor = useCallback((index: number, p: Partial<AuthorValues>) => {
    setValues((v) => ({ ...v, authors: v.authors.map((a, i) => (i === index ? { ...a, ...p } : a)) }));
    setErrors((e) => Object.keys(p).reduce((acc, k) => dropErrors(acc, `authors.${index}.${k}`), e));
  }, []);

  /** «Кому направить ответ» (REG-4): exactly one recipient among the authors. */
  const setRecipient = useCallback((index: number) => {
    setValues((v) => ({ ...v, authors: v.authors.map((a, i) => ({ ...a, receivesAnswer: i === index })) }));
  }, []);

  const addAuthor = useCallback((role: AuthorValues['role']) => {
    setValues((v) => ({ ...v, authors: [...v.authors, emptyAuthor(role)] }));
  }, []);

  const removeAuthor = useCallback((index: number) => {
    setValues((v) => ({ ...v, authors: v.authors.filter((_, i) => i !== index) }));
    // Messages of later rows no longer point at the right row.
    setErrors((e) => dropErrors(e, 'authors'));
  }, []);

  const setQuestion = useCallback((index: number, p: Partial<QuestionValues>) => {
    setValues((v) => ({ ...v, questions: v.questions.map((q, i) => (i === index ? { ...q, ...p } : q)) }));
    setErrors((e) => Object.keys(p).reduce((acc, k) => dropErrors(acc, `questions.${index}.${k === 'totkName' ? 'totkCode' : k}`), e));
  }, []);

  const addQuestion = useCallback(() => {
    setValues((v) => ({ ...v, questions: [...v.questions, emptyQuestion()] }));
    setErrors((e) => {
      const next = { ...e };
      delete next.questions;
      return next;
    });
  }, []);

  const removeQuestion = useCallback((index: number) => {
    setValues((v) => ({ ...v, questions: v.questions.filter((_, i) => i !== index) }));
    setErrors((e) => dropErrors(e, 'questions'));
  }, []);

  /** The server's message for one field path. */
  const error = useCallback((path: string): string | undefined => errors[path], [errors]);

  return { values, setValues, errors, setErrors, error, set, patch, setAuthor, setRecipient, addAuthor, removeAuthor, setQuestion, addQuestion, removeQuestion };
}

export type AppealFormState = ReturnType<typeof useAppealForm>;
