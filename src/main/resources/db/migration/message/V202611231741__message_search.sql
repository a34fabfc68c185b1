-- Full-text search over message text for the inbox search box (GET /api/conversations?search=).
-- 'simple' keeps every word as written (lower-cased, no stemming): customers mix Bahasa Indonesia,
-- English and slang, which no single language's stemmer handles. Queries must repeat the indexed
-- expression exactly: to_tsvector('simple', coalesce(content, '')).
CREATE INDEX messages_content_search_idx ON messages USING gin (to_tsvector('simple', coalesce(content, '')));
