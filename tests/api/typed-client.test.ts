import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";

const admin = await instanceAdmin();
const a = await createTenant(admin);

describe("typed client", () => {
  it("creates and reads a technology through typed routes", async () => {
    const created = await expectStatus(api(a.write).technologies.$post({ json: { title: "Typed Tech" } }), 201);
    const read = await expectStatus(api(a.read).technologies[":id"].$get({ param: { id: created.id } }), 200);
    expect(read.title).toBe("Typed Tech");
    await expectFailure(api(a.read).technologies.$post({ json: { title: "x" } }), 403, "forbidden");
  });
});
