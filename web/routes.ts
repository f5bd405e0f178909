import { index, layout, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  route("signin", "routes/signin.tsx"),
  route("invitations", "routes/invitation.tsx"),
  route("authorize", "routes/authorize.tsx"),
  layout("routes/shell.tsx", [
    index("routes/overview.tsx"),
    route("radar", "routes/radar.tsx"),
    route("portfolio", "routes/portfolio.tsx"),
    route("technologies", "routes/technologies.tsx"),
    route("technologies/:id", "routes/technology.tsx"),
    route("repositories", "routes/repositories.tsx"),
    route("repositories/:id", "routes/repository.tsx"),
    route("research", "routes/research.tsx"),
    route("knowledge", "routes/knowledge.tsx"),
    route("exports", "routes/exports.tsx"),
    route("jobs", "routes/jobs.tsx"),
    route("jobs/:id", "routes/job.tsx"),
    route("schedules", "routes/schedules.tsx"),
    route("webhooks", "routes/webhooks.tsx"),
    route("settings", "routes/settings.tsx"),
  ]),
] satisfies RouteConfig;
