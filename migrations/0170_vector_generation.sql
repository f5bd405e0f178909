-- The index generation that wrote each local vector, so an isolate that holds a project's vectors
-- reads only the rows written since its copy instead of all of them (worker/features/knowledge/vectors/d1-index.ts).
ALTER TABLE `knowledge_vectors` ADD `generation` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `knowledge_vectors_generation_idx` ON `knowledge_vectors` (`project_id`,`generation`);
