-- SPDX-License-Identifier: GPL-3.0-or-later
-- Text search through trigram indexes (decision 0029): the window's search box, in window mode,
-- asks the server "title, summary, place, actors, id, or a source's quote or publisher contains
-- this" as ILIKE '%…%', which a pg_trgm GIN index answers without reading every row.
--
-- pg_trgm ships with PostgreSQL (Debian: in the server package) and is a trusted extension since
-- PostgreSQL 13, so the desk's owner (who may create in the database) creates it here. Where it
-- cannot be created (an older server and no superuser, the extension's files missing, a role
-- without CREATE on the database) this migration does nothing but say so: the search still works,
-- by reading the rows the date and map indexes found, and a later connection does not try again
-- (an administrator can run `create extension pg_trgm;` and the statements below by hand).

-- The actors as one text, the way Incident.searchText() joins them; immutable, so it can be indexed.
create function incident_actors_text(actors text[]) returns text
    language sql immutable parallel safe
    as $$ select coalesce(array_to_string(actors, E'\n'), '') $$;

-- The extension is the database's (one per database, in the schema it was first created in, which
-- may be another desk's): its operator class is named with that schema. Any failure here (no right
-- to create it, no files, no usage of its schema) leaves the indexes out, all of them or none.
do $$
declare
    trgm text;
begin
    begin
        create extension if not exists pg_trgm;
        select n.nspname into trgm from pg_extension e join pg_namespace n on n.oid = e.extnamespace
            where e.extname = 'pg_trgm';
        execute format('create index incident_title_trgm_idx on incident using gin (title %I.gin_trgm_ops)', trgm);
        execute format('create index incident_summary_trgm_idx on incident using gin (summary %I.gin_trgm_ops)', trgm);
        execute format('create index incident_place_trgm_idx on incident using gin (place_name %I.gin_trgm_ops)', trgm);
        execute format('create index incident_id_trgm_idx on incident using gin (id %I.gin_trgm_ops)', trgm);
        execute format('create index incident_actors_trgm_idx on incident using gin (incident_actors_text(actors) %I.gin_trgm_ops)', trgm);
        execute format('create index incident_source_quote_trgm_idx on incident_source using gin (quote %I.gin_trgm_ops)', trgm);
        execute format('create index incident_source_publisher_trgm_idx on incident_source using gin (publisher %I.gin_trgm_ops)', trgm);
    exception when others then
        raise notice 'Araxes: no trigram indexes (%): text search works without them', sqlerrm;
    end;
end
$$;
