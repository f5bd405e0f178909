import { real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Counter and histogram series rolled up from every isolate (worker/features/metrics): one row per
 * series (`name{labels}`), incremented by each flush. Not tenant data.
 */
export const metricCounters = sqliteTable("metric_counters", {
  series: text("series").primaryKey(),
  value: real("value").notNull().default(0),
});
