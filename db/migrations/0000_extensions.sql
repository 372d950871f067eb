-- Trigram similarity for the area picker and, later, the overlap detector. Available on PostgreSQL (contrib) and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
