import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { NavLink, Outlet, useNavigate } from "react-router";
import { api, call, onUnauthorized } from "../lib/api";
import { session } from "../lib/session";

const NAV = [
  ["/", "Overview"],
  ["/radar", "Radar"],
  ["/portfolio", "Portfolio"],
  ["/technologies", "Technologies"],
  ["/repositories", "Repositories"],
  ["/research", "Research"],
  ["/knowledge", "Knowledge"],
  ["/exports", "Exports"],
  ["/jobs", "Jobs"],
  ["/schedules", "Schedules"],
  ["/webhooks", "Webhooks"],
  ["/settings", "Settings"],
] as const;

/** The signed-in frame: project switcher, navigation, theme, sign-out. */
export default function Shell() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [project, setProject] = useState(session.project());
  const [theme, setTheme] = useState(() => document.documentElement.dataset.theme ?? "light");
  const [menuOpen, setMenuOpen] = useState(false);
  const signedIn = session.signedIn();

  useEffect(() => {
    if (!signedIn) navigate("/signin", { replace: true });
    return onUnauthorized(() => {
      session.signOut();
      queryClient.clear();
      navigate("/signin", { replace: true });
    });
  }, [signedIn, navigate, queryClient]);

  const projects = useQuery({
    queryKey: ["projects"],
    queryFn: () => call(api.projects.$get({ query: { limit: "100" } })),
    enabled: signedIn,
  });

  useEffect(() => {
    const first = projects.data?.data[0];
    if (!project && first) {
      session.setProject(first.id);
      setProject(first.id);
    }
  }, [projects.data, project]);

  function switchProject(id: string) {
    session.setProject(id);
    setProject(id);
    queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "projects" });
  }

  function toggleTheme() {
    const next = theme === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    localStorage.setItem("cc.theme", next);
    setTheme(next);
  }

  if (!signedIn) return null;
  return (
    <div className="shell">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <strong className="brand">CommandCenter</strong>
        <label className="project-switch">
          <span className="visually-hidden">Project</span>
          <select value={project ?? ""} onChange={(e) => switchProject(e.target.value)} aria-label="Project">
            {projects.data?.data.map((p) => (
              <option key={p.id} value={p.id}>
                {p.owner}/{p.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="ghost menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <button
          type="button"
          className="ghost"
          onClick={toggleTheme}
          aria-label={`Switch to ${theme === "dark" ? "light" : "dark"} theme`}
        >
          {theme === "dark" ? "Light" : "Dark"}
        </button>
        <button
          type="button"
          className="ghost"
          onClick={async () => {
            if (session.csrf()) await api.auth["sign-out"].$post().catch(() => undefined);
            session.signOut();
            queryClient.clear();
            navigate("/signin");
          }}
        >
          Sign out
        </button>
      </header>
      <nav id="nav" aria-label="Main" className={menuOpen ? "open" : undefined}>
        <ul>
          {NAV.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end={to === "/"} onClick={() => setMenuOpen(false)}>
                {label}
              </NavLink>
            </li>
          ))}
          <li>
            <a href="/api/docs">API reference</a>
          </li>
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {project ? (
          <Outlet key={project} />
        ) : (
          <p>
            {projects.isLoading
              ? "Loading projects…"
              : session.csrf()
                ? "You are not a member of any project yet: ask a project admin for an invitation."
                : "This key sees no project yet."}
          </p>
        )}
      </main>
    </div>
  );
}
