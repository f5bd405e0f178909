import { describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";
import { ingestDoc } from "./knowledge-helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);
await ingestDoc(t.write, {
  title: "Kafka topic conventions",
  content:
    "# Kafka topic conventions\n\nChangelog topics use log compaction instead of time-based retention. New topics start with twelve partitions.",
});
await ingestDoc(t.write, {
  title: "Restore drills",
  content:
    "# Restore drills\n\nOnce a quarter the database team restores the largest cluster into staging and times it.",
});

const answer = (q: string, mode?: "keyword" | "semantic" | "hybrid") =>
  expectStatus(api(t.read).knowledge.search.$get({ query: mode ? { q, mode } : { q } }), 200);

describe("search answer names what ran", () => {
  it("runs hybrid by default; when keyword search is confident semantic only re-ranks at 0.1", async () => {
    const body = await answer("kafka log compaction");
    expect(body.requestedMode).toBe("hybrid");
    expect(body.mode).toBe("hybrid");
    expect(body.weights).toEqual({ keyword: 0.9, semantic: 0.1 });
    expect(body.data[0]?.document.title).toBe("Kafka topic conventions");
  });

  it("merges both lists at the local embedder's share (0.6) when keyword search is not confident", async () => {
    const body = await answer("kafka holiday snacks canteen");
    expect(body.mode).toBe("hybrid");
    expect(body.weights).toEqual({ keyword: 0.4, semantic: 0.6 });
  });

  it("reports semantic as the mode used when no word of the query occurs in the project", async () => {
    const body = await answer("zzyzx quux");
    expect(body.requestedMode).toBe("hybrid");
    expect(body.mode).toBe("semantic");
    expect(body.weights).toEqual({ keyword: 0, semantic: 1 });
  });

  it("has no weights outside hybrid mode and names the mode asked for", async () => {
    const body = await answer("restore drills", "keyword");
    expect(body.mode).toBe("keyword");
    expect(body.weights).toBeNull();
  });
});

describe("nothing relevant", () => {
  it("is false with full confidence when the first document holds every word of the query", async () => {
    const body = await answer("restore drills quarter");
    expect(body.confidence).toBe(1);
    expect(body.nothingRelevant).toBe(false);
  });

  it("is true with low confidence when the project says nothing about the question", async () => {
    const body = await answer("parental leave topics for the canteen staff", "keyword");
    expect(body.data[0]?.document.title).toBe("Kafka topic conventions");
    expect(body.nothingRelevant).toBe(true);
    expect(body.confidence).toBeLessThan(0.5);
  });
});
