import { type FormEvent, useEffect, useState } from "react";

const KEY_STORAGE = "cc.apiKey";

interface Project {
  id: string;
  slug: string;
  name: string;
  owner: string;
  description: string;
}

/** Sign-in with an API key (kept in sessionStorage only) and the list of projects it can see. */
export default function Home() {
  const [key, setKey] = useState<string | null>(null);
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setKey(sessionStorage.getItem(KEY_STORAGE)), []);

  useEffect(() => {
    if (!key) return;
    fetch("/api/v1/projects?limit=100", { headers: { authorization: `Bearer ${key}` } })
      .then(async (res) => {
        const body = await res.json();
        if (res.status === 401) {
          sessionStorage.removeItem(KEY_STORAGE);
          setKey(null);
          setError(body.error?.message ?? "sign-in failed");
          return;
        }
        if (!res.ok) throw new Error(body.error?.message ?? res.statusText);
        setProjects(body.data);
      })
      .catch((err: unknown) => setError(String(err)));
  }, [key]);

  function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("key") ?? "").trim();
    if (!value) return;
    sessionStorage.setItem(KEY_STORAGE, value);
    setError(null);
    setKey(value);
  }

  if (!key) {
    return (
      <main className="signin">
        <h1>CommandCenter</h1>
        <form onSubmit={signIn}>
          <label htmlFor="key">API key</label>
          <input id="key" name="key" type="password" autoComplete="off" placeholder="cc_…" required />
          <button type="submit">Sign in</button>
          {error && <p role="alert">{error}</p>}
        </form>
      </main>
    );
  }

  return (
    <main>
      <header>
        <h1>CommandCenter</h1>
        <button
          type="button"
          onClick={() => {
            sessionStorage.removeItem(KEY_STORAGE);
            setKey(null);
            setProjects(null);
          }}
        >
          Sign out
        </button>
      </header>
      <h2>Projects</h2>
      {error && <p role="alert">{error}</p>}
      {projects === null ? (
        <p>Loading…</p>
      ) : (
        <ul className="projects">
          {projects.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> <span>{p.owner}</span>
              <p>{p.description}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        API reference: <a href="/api/docs">/api/docs</a>
      </p>
    </main>
  );
}
