import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { api, BASE, newProject } from "./support";

const TOKEN = process.env.CC_E2E_METRICS_TOKEN ?? "";

describe("/metrics on wrangler dev", () => {
  it("passes promtool check metrics after real traffic, and refuses a scraper without the token", async () => {
    const project = await newProject("metrics");
    await api("POST", "/technologies", { body: { title: "Prometheus" }, project: project.id, key: project.key });
    await api("GET", "/technologies", { project: project.id, key: project.key });
    expect((await fetch(`${BASE}/metrics`)).status).toBe(401);
    const res = await fetch(`${BASE}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(
      /^commandcenter_http_requests_total\{route="\/api\/v1\/technologies",method="POST",status="2xx"\} \d+$/m,
    );
    const check = spawnSync("/usr/bin/promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
    expect(`${check.stdout}${check.stderr}`.trim()).toBe("");
    expect(check.status).toBe(0);
  });
});
