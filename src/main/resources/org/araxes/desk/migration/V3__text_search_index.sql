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

do $$
begin
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'Araxes: pg_trgm could not be created (%): text search works without an index', sqlerrm;
        return;
    end;
    create index incident_title_trgm_idx on incident using gin (title gin_trgm_ops);
    create index incident_summary_trgm_idx on incident using gin (summary gin_trgm_ops);
    create index incident_place_trgm_idx on incident using gin (place_name gin_trgm_ops);
    create index incident_id_trgm_idx on incident using gin (id gin_trgm_ops);
    create index incident_actors_trgm_idx on incident using gin (incident_actors_text(actors) gin_trgm_ops);
    create index incident_source_quote_trgm_idx on incident_source using gin (quote gin_trgm_ops);
    create index incident_source_publisher_trgm_idx on incident_source using gin (publisher gin_trgm_ops);
end
$$;
