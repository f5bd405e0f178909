/** A person as tables show them: their name, or their e-mail address when they have none. */
export function personName(p: { name: string; email: string }): string {
  return p.name || p.email;
}

/** Who made a change: the person, the person and the key they used, the key alone, or the system. */
export function actorName(actor: {
  person: { name: string; email: string } | null;
  key: { name: string } | null;
}): string {
  if (actor.person && actor.key) return `${personName(actor.person)} (key ${actor.key.name})`;
  if (actor.person) return personName(actor.person);
  if (actor.key) return `key ${actor.key.name}`;
  return "system";
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** How long ago an ISO time was, in words ("3 days ago", "just now"); "never" for null. */
export function ago(iso: string | null, now = Date.now()): string {
  if (!iso) return "never";
  const elapsed = now - Date.parse(iso);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return "just now";
}
