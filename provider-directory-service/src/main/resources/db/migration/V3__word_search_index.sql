-- The word search (GET /services?q=) looks for the folded words anywhere in search_text. Without an index that
-- was a sequential scan of every service (117 ms over 100,000 under load, docs/benchmarks.md); a trigram index
-- answers "contains" (LIKE '%…%') for words of three letters or more. pg_trgm is a trusted extension since
-- PostgreSQL 13, so the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX directory_service_search_text ON directory_service USING gin (search_text gin_trgm_ops);
