/**
 * Local mode's token, from GET /api/dev/token. sessionStorage: it lasts as long as the browser
 * tab, so two tabs can be two different people while trying the app. A framed page may be denied
 * storage altogether (third-party storage blocked), and reading it then throws: treat that as
 * "no token" and keep the token in memory instead.
 */
const key = 'lardomar.localToken';
let inMemory: string | null = null;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readLocalToken(): string | null {
  return storage()?.getItem(key) ?? inMemory;
}

export function storeLocalToken(token: string): void {
  inMemory = token;
  storage()?.setItem(key, token);
}

export function clearLocalToken(): void {
  inMemory = null;
  storage()?.removeItem(key);
}
