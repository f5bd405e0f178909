import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["row", "c", "si", "r", "sheet", "Relationship"].includes(name),
  parseTagValue: false,
  textNodeName: "#text",
});

const asArray = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);
const textOf = (v: unknown): string => {
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number") return String(v);
  const node = v as Node;
  if ("#text" in node) return String(node["#text"]);
  if ("t" in node) return textOf(node.t);
  return asArray(node.r)
    .map((r) => textOf(r.t))
    .join("");
};

/** Zero-based column of a cell reference: `C7` → 2. */
const columnOf = (ref: string) => {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, "")) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/** Excel date serial to ISO timestamp (1900 system). */
const fromSerial = (v: number) => new Date(Math.round((v - 25_569) * 86_400_000)).toISOString();

/**
 * The first worksheet of an XLSX workbook as rows of strings with their sheet row numbers: shared
 * and inline strings, numbers, booleans, and date-formatted numbers as ISO timestamps. Throws on a
 * file that is not a workbook.
 */
export function readFirstSheet(bytes: Uint8Array): { row: number; cells: string[] }[] {
  const files = unzipSync(bytes, {
    filter: (f) => (f.name.startsWith("xl/") && f.name.endsWith(".xml")) || f.name.endsWith(".rels"),
  });
  const read = (name: string) => {
    const file = files[name];
    return file ? (parser.parse(strFromU8(file)) as Node) : undefined;
  };
  const workbook = read("xl/workbook.xml");
  const child = (node: unknown, key: string): Node | undefined =>
    typeof node === "object" && node !== null ? ((node as Node)[key] as Node | undefined) : undefined;
  const first = asArray(child(child(workbook, "workbook"), "sheets")?.sheet)[0];
  if (!first) throw new Error("the workbook has no sheets");
  const rels = asArray(child(read("xl/_rels/workbook.xml.rels"), "Relationships")?.Relationship);
  const target = String(rels.find((r) => r["@Id"] === first["@r:id"])?.["@Target"] ?? "worksheets/sheet1.xml");
  const sheet = read(`xl/${target.replace(/^\/?xl\//, "")}`);
  if (!sheet) throw new Error(`the workbook has no ${target}`);
  const shared = asArray(child(read("xl/sharedStrings.xml"), "sst")?.si).map(textOf);
  const dateStyles = dateStyleIndexes(read("xl/styles.xml"));
  const rows = asArray(child(child(sheet, "worksheet"), "sheetData")?.row);
  return rows.map((r, i) => {
    const cells: string[] = [];
    for (const c of asArray(r.c)) {
      const ref = String(c["@r"] ?? "");
      const index = ref ? columnOf(ref) : cells.length;
      const type = c["@t"];
      const raw = textOf(c.v);
      let value: string;
      if (type === "s") value = shared[Number(raw)] ?? "";
      else if (type === "inlineStr") value = textOf(c.is);
      else if (type === "b") value = raw === "1" ? "TRUE" : "FALSE";
      else if (raw !== "" && dateStyles.has(Number(c["@s"] ?? -1))) value = fromSerial(Number(raw));
      else value = raw;
      cells[index] = value;
    }
    return { row: Number(r["@r"] ?? i + 1), cells: Array.from(cells, (v) => v ?? "") };
  });
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function dateStyleIndexes(styles: Node | undefined): Set<number> {
  const sheet = styles?.styleSheet as Node | undefined;
  const custom = new Map(
    asArray((sheet?.numFmts as Node | undefined)?.numFmt).map((f) => [
      Number(f["@numFmtId"]),
      String(f["@formatCode"]),
    ]),
  );
  const xfs = asArray((sheet?.cellXfs as Node | undefined)?.xf);
  const out = new Set<number>();
  xfs.forEach((xf, i) => {
    const id = Number(xf["@numFmtId"] ?? 0);
    const code = custom.get(id);
    if (BUILTIN_DATE_FORMATS.has(id) || (code && /[yd]/i.test(code.replace(/"[^"]*"/g, "")))) out.add(i);
  });
  return out;
}
