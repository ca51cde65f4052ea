/** A failed API call, carrying the server's reason and hint so views can show them. */
export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

interface ErrorBody {
  readonly error?: { readonly message?: string; readonly code?: string; readonly hint?: string };
}

async function readResponse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ApiClientError(error?.message ?? `${response.status} ${response.statusText}`, response.status, error?.code ?? 'HTTP', error?.hint);
  }
  return body as T;
}

export type QueryValue = string | number | boolean | undefined | null | readonly string[];

export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(name, item);
    else search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function getJson<T>(path: string, params: Record<string, QueryValue> = {}): Promise<T> {
  return readResponse<T>(await fetch(`${path}${queryString(params)}`, { headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const token = sessionStorage.getItem('newsgraph-token');
  return readResponse<T>(
    await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    }),
  );
}
