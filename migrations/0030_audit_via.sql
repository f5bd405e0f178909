-- Which door a change came through: the REST API or the MCP endpoint. Rows written before this
-- migration came through the API (the MCP endpoint did not exist).
ALTER TABLE `audit_log` ADD `via` text DEFAULT 'api' NOT NULL;
