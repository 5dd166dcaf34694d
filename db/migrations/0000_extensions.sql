-- Folding and fuzzy matching for Vietnamese search (both ship with Postgres contrib and PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
