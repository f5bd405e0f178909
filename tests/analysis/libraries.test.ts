import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Gunzip, gzipSync, Inflate, strFromU8, strToU8, zipSync } from "fflate";
import { createTarDecoder, packTar } from "modern-tar";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { fixtureRepo } from "./fixtures";

// The analyzer builds on these libraries; each must load and work inside workerd, not only in Node.

describe("third-party libraries inside workerd", () => {
  it("fflate inflates gzip and raw deflate streams chunk by chunk", () => {
    const out: string[] = [];
    const gunzip = new Gunzip((chunk) => {
      out.push(strFromU8(chunk));
    });
    gunzip.push(gzipSync(strToU8("hello gzip")), true);
    expect(out.join("")).toBe("hello gzip");

    const zip = zipSync({ "a.txt": strToU8("x".repeat(1000)) }, { level: 9 });
    expect(zip.length).toBeLessThan(1000);
    const inflated: number[] = [];
    new Inflate((chunk) => {
      inflated.push(chunk.length);
    }).push(new Uint8Array([0x03, 0x00]), true);
    expect(inflated.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("modern-tar packs and decodes entries, keeping symlink targets", async () => {
    const tar = await packTar([
      { header: { name: "a/b.txt", size: 2 }, body: "hi" },
      { header: { name: "a/l", size: 0, type: "symlink", linkname: "../x" } },
    ]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(tar);
        controller.close();
      },
    }).pipeThrough(createTarDecoder());
    const seen: string[] = [];
    for await (const entry of stream) {
      seen.push(`${entry.header.type}:${entry.header.name}:${entry.header.linkname ?? ""}`);
      await entry.body.cancel();
    }
    expect(seen).toEqual(["file:a/b.txt:", "symlink:a/l:../x"]);
  });

  it("smol-toml, yaml and fast-xml-parser parse documents", () => {
    expect(parseToml('[a]\nb = "c"')).toEqual({ a: { b: "c" } });
    expect(parseYaml("a:\n  b: c")).toEqual({ a: { b: "c" } });
    expect(new XMLParser().parse("<a><b>c</b></a>")).toEqual({ a: { b: "c" } });
    expect(XMLValidator.validate("<a><b></a>")).not.toBe(true);
  });

  it("Vite's import.meta.glob loads fixture files as raw text, dot-directories included", () => {
    const files = fixtureRepo("github-actions");
    expect(files.map((f) => f.path)).toEqual([".github/workflows/ci.yml"]);
    expect(files[0]?.content.startsWith("name: CI\n")).toBe(true);
  });
});
