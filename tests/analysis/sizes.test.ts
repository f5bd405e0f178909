import { describe, expect, it } from "vitest";
import { formatCount, formatShare, formatSize } from "../../shared/sizes";

describe("sizes as people read them", () => {
  it("writes bytes in binary units with one decimal", () => {
    expect(formatSize(917)).toBe("917 B");
    expect(formatSize(1536)).toBe("1.5 KiB");
    expect(formatSize(4.3 * 1024 ** 2)).toBe("4.3 MiB");
    expect(formatSize(2 * 1024 ** 3)).toBe("2.0 GiB");
  });

  it("shows a share too small for one decimal as <0.1%, and an empty one as 0.0%", () => {
    expect(formatShare(0.499)).toBe("49.9%");
    expect(formatShare(0.0004)).toBe("<0.1%");
    expect(formatShare(0.0005)).toBe("0.1%");
    expect(formatShare(0)).toBe("0.0%");
    expect(formatShare(0, true), "a language with bytes whose rounded share reads 0").toBe("<0.1%");
  });

  it("writes counts with thousands separators", () => {
    expect(formatCount(38490)).toBe("38,490");
    expect(formatCount(7)).toBe("7");
  });
});
