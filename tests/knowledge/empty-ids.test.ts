import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

describe("knowledge entries with empty ids", () => {
  it("answers 404 for an empty feedId on create and on patch, and writes nothing", async () => {
    await expectFailure(api(t.write).knowledge.entries.$post({ json: { title: "x", feedId: "" } }), 404, "not_found");
    const entry = await expectStatus(api(t.write).knowledge.entries.$post({ json: { title: "kept" } }), 201);
    await expectFailure(
      api(t.write).knowledge.entries[":id"].$patch({ param: { id: entry.id }, json: { feedId: "" } }),
      404,
      "not_found",
    );
    const after = await expectStatus(api(t.read).knowledge.entries[":id"].$get({ param: { id: entry.id } }), 200);
    expect(after).toEqual(entry);
  });

  it("treats an empty sourceKey as a key: a second entry taking it answers 409, not 500", async () => {
    await expectStatus(api(t.write).knowledge.entries.$post({ json: { title: "holder", sourceKey: "" } }), 201);
    const other = await expectStatus(api(t.write).knowledge.entries.$post({ json: { title: "other" } }), 201);
    await expectFailure(
      api(t.write).knowledge.entries[":id"].$patch({ param: { id: other.id }, json: { sourceKey: "" } }),
      409,
      "conflict",
    );
  });
});
