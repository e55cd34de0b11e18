/** Calls the tab API of a running service the way the tab does, and reads the JSON answer. */
export type ApiAnswer<T = Record<string, unknown>> = { status: number; body: T; headers: Headers };

export function apiClient(baseUrl: string) {
  async function call<T>(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ): Promise<ApiAnswer<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      headers: response.headers,
    };
  }
  return {
    get: <T = Record<string, unknown>>(path: string, token?: string) => call<T>('GET', path, token),
    post: <T = Record<string, unknown>>(path: string, body: unknown, token?: string) =>
      call<T>('POST', path, token, body),
  };
}

/** The demo people of local mode (bot/api/demoPeople.ts), by their object ids. */
export const demo = {
  karin: '00000000-0000-0000-0000-0000000000020',
  lena: '00000000-0000-0000-0000-0000000000024',
  erik: '00000000-0000-0000-0000-0000000000021',
  maria: '00000000-0000-0000-0000-0000000000022',
} as const;

/** Signs in as a demo person through the local-mode dev route. */
export async function devToken(baseUrl: string, objectId: string): Promise<string> {
  const { status, body } = await apiClient(baseUrl).get<{ token: string }>(
    `/api/dev/token?user=${encodeURIComponent(objectId)}`,
  );
  if (status !== 200) throw new Error(`no dev token for ${objectId}: ${status}`);
  return body.token;
}
