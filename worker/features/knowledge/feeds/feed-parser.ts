import { XMLParser } from "fast-xml-parser";

/** One item of a feed, reduced to what ingestion needs. */
export interface FeedItem {
  /** Stable identity: guid/id, else link, else title. */
  key: string;
  title: string;
  link: string | null;
  /** The item's body as HTML (content:encoded, content, description or summary). */
  html: string;
  published: string | null;
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf";
  title: string;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  htmlEntities: true,
  parseTagValue: false,
  isArray: (name) => ["item", "entry", "link", "category"].includes(name),
});

/** The text of a node that may be a string, a `{ "#text" }` object or missing. */
function textOf(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node).trim();
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === "object" && "#text" in node) return textOf((node as Record<string, unknown>)["#text"]);
  return "";
}

type Node = Record<string, unknown>;

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const all = links as Node[];
  const alternate = all.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? all[0];
  const href = alternate?.["@_href"];
  return typeof href === "string" ? href : null;
}

function rssItem(item: Node): FeedItem {
  const link = textOf((item.link as unknown[] | undefined)?.[0]) || null;
  const title = textOf(item.title);
  const guid = textOf(item.guid);
  return {
    key: guid || link || title,
    title: title || link || "Untitled item",
    link,
    html: textOf(item["content:encoded"]) || textOf(item.description),
    published: textOf(item.pubDate) || textOf(item["dc:date"]) || null,
  };
}

function atomEntry(entry: Node): FeedItem {
  const link = atomLink(entry.link);
  const title = textOf(entry.title);
  return {
    key: textOf(entry.id) || link || title,
    title: title || link || "Untitled entry",
    link,
    html: textOf(entry.content) || textOf(entry.summary),
    published: textOf(entry.published) || textOf(entry.updated) || null,
  };
}

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 with fast-xml-parser. Throws when the document is
 * none of them, so a poll can record why a feed failed.
 */
export function parseFeed(xml: string): ParsedFeed {
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss?.channel) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node;
    const items = ((channel.item as Node[] | undefined) ?? []).map(rssItem);
    return { format: "rss", title: textOf(channel.title), items: items.filter((i) => i.key) };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const items = ((feed.entry as Node[] | undefined) ?? []).map(atomEntry);
    return { format: "atom", title: textOf(feed.title), items: items.filter((i) => i.key) };
  }
  const rdf = doc["rdf:RDF"] as Node | undefined;
  if (rdf) {
    const channel = rdf.channel as Node | undefined;
    const items = ((rdf.item as Node[] | undefined) ?? []).map(rssItem);
    return { format: "rdf", title: textOf(channel?.title), items: items.filter((i) => i.key) };
  }
  throw new Error("not an RSS or Atom feed");
}
