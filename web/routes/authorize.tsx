import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import { ErrorText } from "../components/ui";
import { api, call } from "../lib/api";
import { RETURN_TO, session } from "../lib/session";

const SCOPE_TEXT: Record<string, string> = {
  read: "Read the project: technologies, radar, repositories, research, knowledge, jobs and events",
  write: "Change the project as you: add and move technologies, create tasks, documents, jobs and schedules",
};

/**
 * The OAuth consent page for MCP clients (`/authorize?…`, the authorization endpoint): the signed-in
 * person sees which app asks, where its tokens go and what it may do, picks one of their projects,
 * and allows or declines. The grant acts with their role in that project at every call.
 */
export default function Authorize() {
  const request = typeof window === "undefined" ? "" : window.location.search.slice(1);
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [projectId, setProjectId] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    fetch("/api/v1/auth/session", { headers: { accept: "application/json" } }).then(async (res) => {
      if (res.ok) session.signInWithCookie(((await res.json()) as { csrfToken: string }).csrfToken);
      setSignedIn(res.ok);
    });
  }, []);

  const details = useQuery({
    queryKey: ["authorize", request],
    enabled: signedIn === true && request !== "",
    queryFn: () => call(api.auth.oauth.authorization.$get({ query: { request } })),
  });
  const projects = details.data?.projects ?? [];
  const chosen = projects.find((p) => p.id === projectId) ?? projects[0];

  async function decide(allow: boolean) {
    setBusy(true);
    setError(null);
    try {
      const { redirectTo } = allow
        ? await call(api.auth.oauth.authorization.$post({ json: { request, projectId: chosen?.id ?? "" } }))
        : await call(api.auth.oauth.authorization.deny.$post({ json: { request } }));
      window.location.assign(redirectTo);
    } catch (err) {
      setBusy(false);
      setError(err);
    }
  }

  function signInFirst() {
    sessionStorage.setItem(RETURN_TO, `/authorize?${request}`);
  }

  const d = details.data;
  return (
    <main className="signin consent">
      <h1>Connect an app</h1>
      {request === "" && <p role="alert">This page needs an authorization request from an app.</p>}
      {signedIn === false && (
        <p role="alert">
          Sign in to CommandCenter first; you come back here afterwards.{" "}
          <Link to="/signin" onClick={signInFirst}>
            Sign in
          </Link>
        </p>
      )}
      <ErrorText error={details.error ?? error} />
      {d && (
        <form
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault();
            decide(true);
          }}
        >
          <p>
            <strong>{d.clientName}</strong> wants to use CommandCenter's MCP server as you.{" "}
            {d.clientDomain ? `Published by ${d.clientDomain}.` : "The app named itself; the name is not verified."}
          </p>
          <p>
            Access will be sent to <strong>{d.redirectHost}</strong>.
          </p>
          {d.redirectIsLoopback && (
            <p className="warning">
              This sends access to an app on your computer. Continue only if you just started connecting it.
            </p>
          )}
          {projects.length === 0 ? (
            <p role="alert">You are not a member of any project, so there is nothing to grant.</p>
          ) : (
            <fieldset>
              <legend>Project</legend>
              {projects.map((p) => (
                <label key={p.id} className="choice">
                  <input
                    type="radio"
                    name="project"
                    value={p.id}
                    checked={p.id === chosen?.id}
                    onChange={() => setProjectId(p.id)}
                  />
                  <span>
                    {p.name} <span className="muted">(you are {p.role})</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {chosen && (
            <section aria-label="Scopes">
              <h2>It will be able to</h2>
              <ul className="scopes">
                {chosen.scopes.map((s) => (
                  <li key={s}>
                    <code>{s}</code>: {SCOPE_TEXT[s] ?? s}
                  </li>
                ))}
              </ul>
              {chosen.scopes.length < d.scopes.length && (
                <p className="muted">It asked for more ({d.scopes.join(", ")}); your role here allows only this.</p>
              )}
              <p className="muted">
                Never more than your role: if it changes, the app's access changes with it. Revoke it any time in
                Settings, Connected apps.
              </p>
            </section>
          )}
          <div className="actions">
            <button type="submit" disabled={busy || !chosen}>
              Allow
            </button>
            <button type="button" className="ghost" disabled={busy} onClick={() => decide(false)}>
              Deny
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
