import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError, api, call } from "../lib/api";
import { session } from "../lib/session";

/**
 * Accepting an invitation (`/invitations#token=…`): the person must be signed in (session cookie)
 * with the address the invitation was made for. The token stays in the fragment, out of logs.
 */
export default function Invitation() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const token = typeof window === "undefined" ? null : new URLSearchParams(window.location.hash.slice(1)).get("token");
  const signedIn = session.csrf() !== null;

  async function accept() {
    if (!token) return;
    setError(null);
    try {
      const joined = await call(api.auth.invitations.accept.$post({ json: { token } }));
      session.setProject(joined.projectId);
      navigate("/", { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  return (
    <main className="signin">
      <h1>Invitation</h1>
      {!token && <p role="alert">This link holds no invitation.</p>}
      {token && !signedIn && (
        <p role="alert">
          Sign in first, with the e-mail address the invitation was sent to, then open this link again.{" "}
          <Link to="/signin">Sign in</Link>
        </p>
      )}
      {token && signedIn && (
        <button type="button" onClick={accept}>
          Accept invitation
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}
