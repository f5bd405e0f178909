import { DOMAIN_LABELS, isDomain } from "../../shared/vocabulary";
import { Badge, Section } from "./ui";

interface DetectedEvidence {
  file: string;
  dependency?: string;
  version?: string | null;
  line?: number;
}

interface Detected {
  title: string;
  domain: string;
  confidence?: "high" | "medium" | "low";
  evidence: DetectedEvidence[];
}

/** A version pinned to a full commit (GitHub Actions, Go pseudo-versions) reads as its first 7 hex digits. */
const shortVersion = (v: string) => v.replace(/\b([0-9a-f]{7})[0-9a-f]{33}\b/g, "$1");

const where = (e: DetectedEvidence) =>
  `${e.file}${e.line ? `:${e.line}` : ""}${e.dependency ? ` (${e.dependency}${e.version ? ` ${shortVersion(e.version)}` : ""})` : ""}`;

function TechnologyList({ items }: { items: Detected[] }) {
  return (
    <ul className="list">
      {items.map((t) => (
        <li key={t.title}>
          <strong>{t.title}</strong>{" "}
          <Badge value={t.domain} label={isDomain(t.domain) ? DOMAIN_LABELS[t.domain] : undefined} />{" "}
          {t.confidence && <Badge value={t.confidence} label={`${t.confidence} confidence`} />}{" "}
          <small>{t.evidence.slice(0, 3).map(where).join("; ")}</small>
        </li>
      ))}
    </ul>
  );
}

/**
 * An analysis' technologies: the ones that reached the radar, then, apart, the low-confidence ones
 * (seen only in examples, fixtures, vendored code or Go indirect requirements), which did not.
 */
export function DetectedTechnologies({ technologies }: { technologies: Detected[] }) {
  const confident = technologies.filter((t) => t.confidence !== "low");
  const low = technologies.filter((t) => t.confidence === "low");
  return (
    <>
      <Section title={`Technologies (${confident.length})`}>
        <TechnologyList items={confident} />
      </Section>
      {low.length > 0 && (
        <Section title={`Low confidence, not on the radar (${low.length})`}>
          <p>
            <small>Seen only in examples, templates, fixtures, vendored code or indirect requirements.</small>
          </p>
          <TechnologyList items={low} />
        </Section>
      )}
    </>
  );
}
