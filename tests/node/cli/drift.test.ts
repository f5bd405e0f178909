import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, cliHome, fixtureApp, runCli, startServer } from "./harness";

const PORT = Number(process.env.CC_CLI_DRIFT_TEST_PORT ?? 8883);
let srv: Awaited<ReturnType<typeof startServer>>;
const home = cliHome();
const env = home.env;
const app = fixtureApp();

interface Item {
  id: string;
  projectId: string;
  kind: string;
  title: string;
  state: string;
  dismissReason: string | null;
  details: { evidence: { file: string; dependency: string | null }[] };
}

const json = async (args: string[], extraEnv: Record<string, string> = {}) => {
  const run = await runCli([...args, "--json"], { ...env, ...extraEnv });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

/** The app is analysed, React put on Hold, and analysed again: the analysis opens hold_in_use drift for React. */
beforeAll(async () => {
  buildCli();
  srv = await startServer("cli-drift", PORT);
  const login = await runCli(["login", "--url", srv.base], env, srv.key);
  expect(login.code, login.stderr).toBe(0);
  await json(["analyze", app, "--repo", "acme/app"]);
  await json(["tech", "move", "React", "--status", "archived", "--note", "moving off"]);
  const again = await runCli(["analyze", app, "--repo", "acme/app"], env);
  expect(again.code, again.stderr).toBe(0);
}, 420_000);

afterAll(async () => {
  await srv?.server.stop();
});

const reactOnHold = async () => {
  const page: { data: Item[]; nextCursor: string | null } = await json(["drift", "list", "--kind", "hold_in_use"]);
  const item = page.data.find((d) => d.title === "React");
  if (!item) throw new Error(`no hold_in_use drift for React in ${JSON.stringify(page)}`);
  return item;
};

describe("drift", () => {
  it("lists the drift the analysis opened, as JSON with its evidence and as a table", async () => {
    const item = await reactOnHold();
    expect(item).toMatchObject({ kind: "hold_in_use", state: "open", dismissReason: null });
    expect(item.details.evidence).toContainEqual(
      expect.objectContaining({ file: "package.json", dependency: "react" }),
    );
    const table = await runCli(["drift", "list"], env);
    expect(table.code, table.stderr).toBe(0);
    const [header, ...lines] = table.stdout.trimEnd().split("\n");
    expect(header?.split(/\s{2,}/)).toEqual(["ID", "PROJECT", "TECHNOLOGY", "DRIFT", "EVIDENCE", "SINCE", "STATE"]);
    const row = lines.find((l) => l.startsWith(item.id));
    expect(row).toMatch(/React\s+On hold but still in use\s+acme\/app:package\.json/);
    expect(table.stdout).not.toContain("\u001b[");
  });

  it("shows an instance key the same item, labelled with its project", async () => {
    const item = await reactOnHold();
    const page: { data: Item[] } = await json(["drift", "list"], { CC_API_KEY: srv.adminKey });
    expect(page.data.find((d) => d.id === item.id)).toMatchObject({ projectId: srv.project.id, title: "React" });
  });

  it("dismisses an item with a reason, after which it lists as dismissed; a second dismissal fails", async () => {
    const item = await reactOnHold();
    const run = await runCli(["drift", "dismiss", item.id, "--reason", "admin screens only, removal planned"], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("Dismissed React (On hold but still in use)");
    const open: { data: Item[] } = await json(["drift", "list"]);
    expect(open.data.map((d) => d.id)).not.toContain(item.id);
    const dismissed: { data: Item[] } = await json(["drift", "list", "--state", "dismissed"]);
    expect(dismissed.data.find((d) => d.id === item.id)).toMatchObject({
      state: "dismissed",
      dismissReason: "admin screens only, removal planned",
    });
    const again = await runCli(["drift", "dismiss", item.id, "--reason", "again"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not open/);
  });

  it("exits 4 for an unknown item and 2 for an unknown kind or a missing reason", async () => {
    expect((await runCli(["drift", "dismiss", "drift_missing", "--reason", "x"], env)).code).toBe(4);
    expect((await runCli(["drift", "list", "--kind", "nope"], env)).code).toBe(2);
    expect((await runCli(["drift", "dismiss", "drift_missing"], env)).code).toBe(2);
  });
});
