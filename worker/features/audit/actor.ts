import { sql } from "drizzle-orm";
import { apiKeys, users } from "../../db/schema";

/**
 * The columns a query selects to name who acted, next to the row's own user and key ids. The query
 * must left join `users` on its user id and `apiKeys` on its key id (both primary-key lookups). The
 * names are aliased: D1 keys result rows by column name, so `users.name` and `apiKeys.name` would
 * otherwise overwrite each other.
 */
export const actorColumns = {
  personName: sql<string | null>`${users.name}`.as("actor_person_name"),
  personEmail: sql<string | null>`${users.email}`.as("actor_person_email"),
  keyName: sql<string | null>`${apiKeys.name}`.as("actor_key_name"),
};

/** What `actorColumns` yields for one row. */
export interface ActorColumns {
  personName: string | null;
  personEmail: string | null;
  keyName: string | null;
}

/**
 * The `AuditActor` of a row: the person (or a key's owner) and the key, each null when absent or
 * no longer found; both null means the system acted.
 */
export function actorOf(userId: string | null, keyId: string | null, names: ActorColumns) {
  return {
    person:
      userId && names.personEmail !== null
        ? { id: userId, name: names.personName ?? "", email: names.personEmail }
        : null,
    key: keyId && names.keyName !== null ? { id: keyId, name: names.keyName } : null,
  };
}
