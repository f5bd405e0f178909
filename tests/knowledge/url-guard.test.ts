import { describe, expect, it } from "vitest";
import { fetchTargetProblem } from "../../worker/lib/url-guard";

describe("which URLs the server fetches", () => {
  it.each([
    "http://127.0.0.1/feed.xml",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://10.0.0.8/",
    "http://172.20.1.1/",
    "http://192.168.1.10:8080/",
    "http://169.254.169.254/latest/meta-data",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://localhost:8787/",
    "http://api.localhost/",
    "http://metadata.google.internal/",
    "http://printer.local/",
    "http://intranet/",
  ])("refuses %s unless private targets are allowed", (url) => {
    expect(fetchTargetProblem(url, false)).toMatch(/private addresses/);
    expect(fetchTargetProblem(url, true)).toBeNull();
  });

  it.each(["https://example.com/feed.xml", "http://93.184.216.34/", "https://[2606:4700::1111]/"])(
    "allows %s",
    (url) => {
      expect(fetchTargetProblem(url, false)).toBeNull();
    },
  );

  it("refuses other schemes and credentials even when private targets are allowed", () => {
    expect(fetchTargetProblem("file:///etc/passwd", true)).toBe("must use http or https");
    expect(fetchTargetProblem("https://user:pw@example.com/", true)).toBe("must not contain credentials");
    expect(fetchTargetProblem("not a url", true)).toBe("not a valid URL");
  });
});
