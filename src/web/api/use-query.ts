import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './client';

export type QueryState<T> = { data: T | undefined; error: ApiError | undefined; loading: boolean; reload: () => void };

/** Loads a GET endpoint; gives loading, error and data so every screen can show its three states. */
export function useQuery<T>(url: string | null): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(url !== null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (url === null) return;
    let cancelled = false;
    setLoading(true);
    api<T>('GET', url)
      .then((d) => {
        if (!cancelled) {
          setData(d);
          setError(undefined);
        }
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Не удалось загрузить данные.'));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [url, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
