-- The person behind a technology's move (a signed-in person, or the owner of the key used), so the
-- history can name them. Earlier rows take their key's owner, where the key has one.
ALTER TABLE `technology_events` ADD `actor_user_id` text;
--> statement-breakpoint
UPDATE `technology_events` SET `actor_user_id` = (SELECT `owner_id` FROM `api_keys` WHERE `api_keys`.`id` = `technology_events`.`actor_key_id`) WHERE `actor_key_id` IS NOT NULL;
