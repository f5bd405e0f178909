import { beforeAll, describe, expect, it, vi } from "vitest";
import { api, expectStatus } from "../client";
import { createTechnology, createTenant, instanceAdmin, type Tenant, uniq } from "../helpers";
import { connectV1, connectV2 } from "./clients";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

const RADAR = "commandcenter://radar";
const techUri = (id: string) => `commandcenter://technologies/${id}`;

/** A 2026-era client listening for updates of `uris`, collecting the URIs it is told changed. */
async function listening(key: string, uris: string[]) {
  const client = await connectV2(key);
  const updated: string[] = [];
  client.setNotificationHandler("notifications/resources/updated", (note) => {
    updated.push(note.params.uri);
  });
  const subscription = await client.listen({ resourceSubscriptions: uris });
  return { client, updated, subscription };
}

describe("resource subscriptions over 2026-07-28 (subscriptions/listen)", () => {
  it("tells a listener when its technology and the radar change, through REST or MCP", async () => {
    const tech = await createTechnology(t.write, { title: uniq("Watched") });
    const { client, updated, subscription } = await listening(t.read, [techUri(tech.id), RADAR]);
    expect(subscription.honoredFilter).toEqual({ resourceSubscriptions: [techUri(tech.id), RADAR] });

    await expectStatus(
      api(t.write).technologies[":id"].$patch({ param: { id: tech.id }, json: { status: "evaluation" } }),
      200,
    );
    await vi.waitFor(() => expect(updated).toEqual(expect.arrayContaining([techUri(tech.id), RADAR])));

    updated.length = 0;
    const writer = await connectV2(t.write);
    const moved = await writer.callTool({
      name: "move_technology",
      arguments: { id: tech.id, status: "implementation" },
    });
    expect(moved.isError, JSON.stringify(moved.content)).toBeFalsy();
    await vi.waitFor(() => expect(updated).toEqual(expect.arrayContaining([techUri(tech.id), RADAR])));
    await subscription.close();
    await Promise.all([client.close(), writer.close()]);
  });

  it("sends only the subscribed resources a change touched: another technology and a description edit leave the radar out", async () => {
    const [watched, other] = await Promise.all([
      createTechnology(t.write, { title: uniq("Mine") }),
      createTechnology(t.write, { title: uniq("Other") }),
    ]);
    const { client, updated, subscription } = await listening(t.read, [techUri(watched.id), RADAR]);
    const patch = (id: string, description: string) =>
      expectStatus(api(t.write).technologies[":id"].$patch({ param: { id }, json: { description } }), 200);
    await patch(other.id, "not watched");
    await patch(watched.id, "watched");
    await vi.waitFor(() => expect(updated).toContain(techUri(watched.id)));
    expect(updated).toEqual([techUri(watched.id)]);
    await subscription.close();
    await client.close();
  });

  it("tells nothing of another project's changes", async () => {
    const other = await createTenant(await instanceAdmin());
    const theirs = await createTechnology(other.write, { title: uniq("Theirs") });
    const mine = await createTechnology(t.write, { title: uniq("Ours") });
    const { client, updated, subscription } = await listening(t.read, [techUri(theirs.id), RADAR]);
    await expectStatus(
      api(other.write).technologies[":id"].$patch({ param: { id: theirs.id }, json: { status: "evaluation" } }),
      200,
    );
    await expectStatus(
      api(t.write).technologies[":id"].$patch({ param: { id: mine.id }, json: { status: "evaluation" } }),
      200,
    );
    await vi.waitFor(() => expect(updated).toContain(RADAR));
    expect(updated).not.toContain(techUri(theirs.id));
    await subscription.close();
    await client.close();
  });
});

describe("resource subscriptions over 2025-11-25", () => {
  it("does not claim resources/subscribe on the stateless endpoint, which has no stream to deliver updates on", async () => {
    const client = await connectV1(t.read);
    expect(client.getServerCapabilities()?.resources?.subscribe).toBeUndefined();
    await expect(client.subscribeResource({ uri: RADAR })).rejects.toThrow();
    await client.close();
  });
});
