import { useCallback, useState } from 'react';

/**
 * A modal that edits one record (or a new one when the target is null). The key changes at every
 * opening so the form inside starts from the record's current values.
 */
export function useDialog<T>() {
  const [state, setState] = useState<{ opened: boolean; target: T | null; key: number }>({ opened: false, target: null, key: 0 });
  const open = useCallback((target: T | null) => setState((s) => ({ opened: true, target, key: s.key + 1 })), []);
  const close = useCallback(() => setState((s) => ({ ...s, opened: false })), []);
  return { ...state, open, close };
}
