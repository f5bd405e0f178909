-- Keyword index of knowledge chunks: FTS5 over the chunk rows themselves (external content, no
-- second copy of the text), Porter stemming on top of unicode61 tokens. Triggers keep it in step
-- with every insert, update and delete of knowledge_chunks, cascades included. drizzle-kit cannot
-- express virtual tables or triggers, so this migration is written by hand.
CREATE VIRTUAL TABLE `knowledge_fts` USING fts5(
	title,
	heading,
	text,
	content = 'knowledge_chunks',
	content_rowid = 'id',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `knowledge_chunks_fts_insert` AFTER INSERT ON `knowledge_chunks` BEGIN
	INSERT INTO knowledge_fts (rowid, title, heading, text) VALUES (new.id, new.title, new.heading, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_chunks_fts_delete` AFTER DELETE ON `knowledge_chunks` BEGIN
	INSERT INTO knowledge_fts (knowledge_fts, rowid, title, heading, text) VALUES ('delete', old.id, old.title, old.heading, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `knowledge_chunks_fts_update` AFTER UPDATE OF title, heading, text ON `knowledge_chunks` BEGIN
	INSERT INTO knowledge_fts (knowledge_fts, rowid, title, heading, text) VALUES ('delete', old.id, old.title, old.heading, old.text);
	INSERT INTO knowledge_fts (rowid, title, heading, text) VALUES (new.id, new.title, new.heading, new.text);
END;
--> statement-breakpoint
-- Document frequency of every indexed term, read at query time to weigh the words of a query for
-- the local embedder (rare words count more).
CREATE VIRTUAL TABLE `knowledge_fts_vocab` USING fts5vocab('knowledge_fts', 'row');
