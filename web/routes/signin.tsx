import { type FormEvent, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { RETURN_TO, session } from "../lib/session";

interface Provider {
  id: string;
  name: string;
}

interface SessionInfo {
  csrfToken: string;
  memberships: { projectId: string }[];
}

const message = async (res: Response) =>
  ((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ??
  `sign-in failed (${res.status})`;

/**
 * Sign-in: a one-time link (`/signin#link=…`, as `npm start` prints) is spent for a session
 * cookie; an existing session cookie or a Cloudflare Access sign-in is picked up; the configured
 * identity providers (OpenID Connect, GitHub) are offered as buttons; or an API key is
 * checked against the API and kept for the tab. The link's token sits in the fragment, so it never reaches a server log.
 */
export default function SignIn() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [providers, setProviders] = useState<Provider[]>([]);

  useEffect(() => {
    const enter = (info: SessionInfo) => {
      session.signInWithCookie(info.csrfToken);
      const first = info.memberships[0];
      if (first && !session.project()) session.setProject(first.projectId);
      const back = sessionStorage.getItem(RETURN_TO);
      sessionStorage.removeItem(RETURN_TO);
      navigate(back?.startsWith("/authorize?") ? back : "/", { replace: true });
    };
    const link = new URLSearchParams(window.location.hash.slice(1)).get("link");
    if (link) {
      window.history.replaceState(null, "", "/signin");
      setBusy(true);
      fetch("/api/v1/auth/sign-in-link", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: link }),
      }).then(async (res) => {
        setBusy(false);
        if (res.ok) enter((await res.json()) as SessionInfo);
        else setError(await message(res));
      });
      return;
    }
    fetch("/api/v1/auth/providers")
      .then((res) => (res.ok ? (res.json() as Promise<{ providers: Provider[] }>) : { providers: [] }))
      .then((body) => setProviders(body.providers))
      .catch(() => undefined);
    // A session cookie from another tab, else Cloudflare Access (answers 404 where it is not set up).
    fetch("/api/v1/auth/session").then(async (res) => {
      if (res.ok) return enter((await res.json()) as SessionInfo);
      const access = await fetch("/api/v1/auth/cloudflare-access", { method: "POST" });
      if (access.ok) enter((await access.json()) as SessionInfo);
    });
  }, [navigate]);

  /** The provider's page opens at the top level; it sends the browser back to the callback, then here. */
  async function signInWith(provider: Provider) {
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/v1/auth/sso/${encodeURIComponent(provider.id)}/start`, { method: "POST" });
    if (!res.ok) {
      setBusy(false);
      setError(await message(res));
      return;
    }
    window.location.assign(((await res.json()) as { authorizationUrl: string }).authorizationUrl);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get("key") ?? "").trim();
    if (!key) return;
    setBusy(true);
    setError(null);
    const res = await fetch("/api/v1/projects?limit=100", { headers: { authorization: `Bearer ${key}` } });
    setBusy(false);
    if (!res.ok) {
      setError(await message(res));
      return;
    }
    const page = (await res.json()) as { data: { id: string }[] };
    session.signIn(key);
    const first = page.data[0];
    if (first && !session.project()) session.setProject(first.id);
    navigate("/");
  }

  return (
    <main className="signin">
      <h1>CommandCenter</h1>
      {providers.length > 0 && (
        <ul className="signin-providers" aria-label="Sign in with">
          {providers.map((p) => (
            <li key={p.id}>
              <button type="button" disabled={busy} onClick={() => signInWith(p)}>
                Sign in with {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>Sign in with an API key. It stays in this tab only.</p>
      <form onSubmit={submit} aria-describedby={error ? "signin-error" : undefined}>
        <label htmlFor="key">API key</label>
        <input id="key" name="key" type="password" autoComplete="off" placeholder="cc_…" required />
        <button type="submit" disabled={busy}>
          {busy ? "Checking…" : "Sign in"}
        </button>
        {error && (
          <p id="signin-error" role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
