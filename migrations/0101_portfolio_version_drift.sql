-- Drift items move the portfolio's data version too (migration 0100): the drift list remembers its
-- pages per version like the radar and matrix. A scan writes only what changed, so an hourly scan
-- that finds nothing new moves nothing. Written by hand: drizzle-kit cannot express triggers.
CREATE TRIGGER `portfolio_version_drift_insert` AFTER INSERT ON `drift_items` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_drift_delete` AFTER DELETE ON `drift_items` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `portfolio_version_drift_update` AFTER UPDATE ON `drift_items` BEGIN
	UPDATE portfolio_version SET version = version + 1 WHERE id = 1;
END;
