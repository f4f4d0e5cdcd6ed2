import type { AppealFormValues } from './form-model';

/**
 * «Nothing typed is lost»: the card being registered is kept in the tab's session storage, so a
 * reload or a re-login after the session ended (the app shows the login screen, then returns
 * here) brings it back. Cleared when the appeal is registered or the registrar clears the form;
 * session storage ends with the tab.
 */
export type Draft = { key: string; values: AppealFormValues };

const storageKey = (userId: number) => `priemnaya.registration-draft.${userId}`;

export function loadDraft(userId: number): Draft | null {
  try {
    const raw = sessionStorage.getItem(storageKey(userId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Draft;
    return typeof d.key === 'string' && d.values && Array.isArray(d.values.authors) && Array.isArray(d.values.questions) ? d : null;
  } catch {
    return null;
  }
}

export function saveDraft(userId: number, draft: Draft) {
  try {
    sessionStorage.setItem(storageKey(userId), JSON.stringify(draft));
  } catch {
    // Storage full or switched off: the form still works, only without the safety copy.
  }
}

export function clearDraft(userId: number) {
  try {
    sessionStorage.removeItem(storageKey(userId));
  } catch {
    // see saveDraft
  }
}
