-- The line of the file where an analysis saw a technology (a manifest's dependency line); null when
-- the evidence is a whole file (a config file's presence, a workflow).
ALTER TABLE technology_evidence ADD COLUMN line integer;
