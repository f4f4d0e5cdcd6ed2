/** The API as the browser sees it: JSON in and out, the CSRF token on every change, one error type. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can show the login screen. */
let onUnauthenticated: () => void = () => {};
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn;
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch {
    throw new ApiError(0, 'network', 'Нет связи с сервером. Проверьте подключение и повторите действие.');
  }
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : null;
  if (!res.ok) throw errorOf(res.status, data, url);
  return data as T;
}

/** The server's error body as an ApiError; a lost session sends the app to the login screen. */
function errorOf(status: number, data: unknown, url: string): ApiError {
  const err = (data as { error?: { code?: string; message?: string; fields?: Record<string, string>; requestId?: string } } | null)?.error;
  if (status === 401 && !url.endsWith('/auth/login')) onUnauthenticated();
  const message = err?.message ?? `Ошибка сервера (${status}). Повторите действие позже.`;
  return new ApiError(status, err?.code ?? 'http', err?.requestId ? `${message} Номер запроса: ${err.requestId}.` : message, err?.fields ?? {});
}

export type UploadProgress = { loaded: number; total: number };

/**
 * Sends a form with files (multipart) and reports the upload's progress — fetch cannot, so this
 * uses XMLHttpRequest; the CSRF header and the error type are the same as for `api`.
 */
export function uploadFiles<T>(url: string, form: FormData, opts: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.({ loaded: e.loaded, total: e.total });
    };
    xhr.onload = () => {
      const data: unknown = xhr.responseText ? safeJson(xhr.responseText) : null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(errorOf(xhr.status, data, url));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Нет связи с сервером. Проверьте подключение и повторите загрузку.'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'Загрузка отменена.'));
    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
