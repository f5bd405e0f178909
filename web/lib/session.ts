const KEY = "cc.apiKey";
const PROJECT = "cc.projectId";

/** The API key lives in sessionStorage only: gone when the tab closes, never in a URL or a log. */
export const session = {
  key: (): string | null => (typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(KEY)),
  signIn(key: string) {
    sessionStorage.setItem(KEY, key);
  },
  signOut() {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(PROJECT);
  },
  project: (): string | null => (typeof sessionStorage === "undefined" ? null : sessionStorage.getItem(PROJECT)),
  setProject(id: string) {
    sessionStorage.setItem(PROJECT, id);
  },
};
