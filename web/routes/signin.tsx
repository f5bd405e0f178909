import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { session } from "../lib/session";

/** Sign-in with an API key; the key is checked against the API before it is kept for the tab. */
export default function SignIn() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get("key") ?? "").trim();
    if (!key) return;
    setBusy(true);
    setError(null);
    const res = await fetch("/api/v1/projects?limit=100", { headers: { authorization: `Bearer ${key}` } });
    setBusy(false);
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
      setError(body.error?.message ?? `sign-in failed (${res.status})`);
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
