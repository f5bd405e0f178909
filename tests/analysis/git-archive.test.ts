import { describe, expect, it } from "vitest";
import { readArchive } from "../../worker/features/analysis";

// Written by `git archive --prefix=acme-demo-1a2b3c4/` (what GitHub serves as tarball and zipball):
// package.json, src/index.ts and a symlink link.ts -> src/index.ts. The tarball starts with a pax
// global header carrying the commit id; the zip stores the symlink with Unix mode bits.
const TAR_GZ =
  "H4sIAAAAAAAAA+3X326CMBQGcK73FITriW1pC7r4LKZA/TOlJcASE+O7r86rwabZ0rmo3++mxpKcms/TE2q1my+3Nlfb+UqrUjeBf8SRUn6sTn91mzygIiFUcskYdd9TLigLln9wloG3tlONK9lY25177tJ+/8fdCMHCwlaVNt3MxU9StsgXmWAlISVPeMGZUlk2KbWc0CzXE7ag8um/zwz+qKLSo1JXdkQVy5OCj/3XOPZDmorv+9997vV/knIWCP9HGXrw/h/mv12bTdy1Hmuc8k9/kn8qKAlY2xTjtSn1zu95PkH+vfxrVWzUUsevrTV+apzmPz8z/wf5u9U976f8eQ+e/z4yqtLRNDr+B6Jnt9TadZwp1rqNpvtoZY11uzwWMYkOB8z+OzPs/+Ol67fGL+Y/FwnF/L+Cr/P3O3Qv3v9s8P4nGcH9fw16V9umc++Apu1CFc5C+oI7HgAAAAAAAAAAAADgxr0DLlDuPAAoAAA=";
const ZIP =
  "UEsDBAoAAAAAACKoeV0AAAAAAAAAAAAAAAASAAkAYWNtZS1kZW1vLTFhMmIzYzQvVVQFAAGRTAdrUEsDBAoAAAAAACKoeV3sykohDAAAAAwAAAAZAAkAYWNtZS1kZW1vLTFhMmIzYzQvbGluay50c1VUBQABkUwHa3NyYy9pbmRleC50c1BLAwQKAAAACAAiqHldtNJbxS8AAAAwAAAAHgAJAGFjbWUtZGVtby0xYTJiM2M0L3BhY2thZ2UuanNvblVUBQABkUwHa6tWykvMTVWyUkpJzc1X0gFSBal5Kal5yZmpxUpW1UoZ+Xn5QFkTPVM9A6XaWi4AUEsDBAoAAAAAACKoeV0AAAAAAAAAAAAAAAAWAAkAYWNtZS1kZW1vLTFhMmIzYzQvc3JjL1VUBQABkUwHa1BLAwQKAAAAAAAiqHld7oiDlxQAAAAUAAAAHgAJAGFjbWUtZGVtby0xYTJiM2M0L3NyYy9pbmRleC50c1VUBQABkUwHa2V4cG9ydCBjb25zdCBhID0gMTsKUEsBAgAACgAAAAAAIqh5XQAAAAAAAAAAAAAAABIACQAAAAAAAAAQAAAAAAAAAGFjbWUtZGVtby0xYTJiM2M0L1VUBQABkUwHa1BLAQIXAwoAAAAAACKoeV3sykohDAAAAAwAAAAZAAkAAAAAAAEAAAD/oTkAAABhY21lLWRlbW8tMWEyYjNjNC9saW5rLnRzVVQFAAGRTAdrUEsBAgAACgAAAAgAIqh5XbTSW8UvAAAAMAAAAB4ACQAAAAAAAQAAAAAAhQAAAGFjbWUtZGVtby0xYTJiM2M0L3BhY2thZ2UuanNvblVUBQABkUwHa1BLAQIAAAoAAAAAACKoeV0AAAAAAAAAAAAAAAAWAAkAAAAAAAAAEAAAAPkAAABhY21lLWRlbW8tMWEyYjNjNC9zcmMvVVQFAAGRTAdrUEsBAgAACgAAAAAAIqh5Xe6Ig5cUAAAAFAAAAB4ACQAAAAAAAQAAAAAANgEAAGFjbWUtZGVtby0xYTJiM2M0L3NyYy9pbmRleC50c1VUBQABkUwHa1BLBQYAAAAABQAFAJABAACPAQAAKABlYWQwNzJmYmY4NTJkMDBkNDM0YzQyYWE4ODlkZTY5MThiZTkyZjE2";

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

describe.each([
  ["tar.gz", TAR_GZ],
  ["zip", ZIP],
] as const)("readArchive on a git archive (%s)", (kind, base64) => {
  it("strips the prefix, counts the files, reads the manifest and skips the symlink", async () => {
    const result = await readArchive(bytes(base64), kind);
    expect(result.entries.map((f) => f.path).sort()).toEqual(["package.json", "src/index.ts"]);
    expect(result.entries.find((f) => f.path === "src/index.ts")?.size).toBe(20);
    expect(result.files.map((f) => f.path)).toEqual(["package.json"]);
    expect(result.skipped).toEqual([{ path: "link.ts", reason: "symlink" }]);
  });
});
