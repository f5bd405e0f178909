const KEY = "cc.apiKey";
const CSRF = "cc.csrf";
const PROJECT = "cc.projectId";

/** Where the sign-in page sends the tab once signed in (the OAuth consent page sets it). */
export const RETURN_TO = "cc.returnTo";

const read = (name: string): string | null =>
  typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(name);

/**
 * How this tab is signed in: with an API key (kept in sessionStorage only: gone when the tab
 * closes, never in a URL or a log), or with the HttpOnly session cookie, for which the tab keeps
 * only the session's CSRF token to send with writes.
 */
export const session = {
  key: (): string | null => read(KEY),
  csrf: (): string | null => read(CSRF),
  signedIn: (): boolean => read(KEY) !== null || read(CSRF) !== null,
  signIn(key: string) {
    sessionStorage.setItem(KEY, key);
  },
  /** Signed in with the session cookie; `csrf` goes with every write. */
  signInWithCookie(csrf: string) {
    sessionStorage.removeItem(KEY);
    sessionStorage.setItem(CSRF, csrf);
  },
  signOut() {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(CSRF);
    sessionStorage.removeItem(PROJECT);
  },
  /** The headers that make a same-origin API request act as this tab's sign-in, in its project. */
  headers(): Record<string, string> {
    const headers: Record<string, string> = {};
    const key = read(KEY);
    const csrf = read(CSRF);
    const project = read(PROJECT);
    if (key) headers.authorization = `Bearer ${key}`;
    else if (csrf) headers["x-csrf-token"] = csrf;
    if (project) headers["x-project-id"] = project;
    return headers;
  },
  project: (): string | null => read(PROJECT),
  setProject(id: string) {
    sessionStorage.setItem(PROJECT, id);
  },
};
