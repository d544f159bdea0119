-- SPDX-License-Identifier: GPL-3.0-or-later
-- The shared desk's incidents (docs/shared-desk.md, decision 0026): one row per incident with the
-- fields of docs/incidents-format.md, its point in WGS 84, its sources as rows of their own, a
-- row_version for optimistic concurrency and who/when of the last change, set by the server.

-- PostGIS is installed in the database by a superuser beforehand (DeskSchema checks and says so).

create table desk_info (
    only_row   boolean primary key default true check (only_row),
    name       text not null
);
insert into desk_info (name) values (current_database());

create table incident (
    id               text primary key check (length(btrim(id)) > 0 and length(id) <= 200),
    title            text not null check (length(btrim(title)) > 0),
    summary          text not null default '',
    category         text not null,
    actors           text[] not null default '{}',
    status           text not null,
    role             text not null,
    date_start       date not null,
    date_end         date not null,
    date_precision   text not null,
    date_basis       text not null,
    date_note        text not null default '',
    place_name       text not null,
    place_precision  text not null,
    place_note       text not null default '',
    geom             geometry(Point, 4326),
    row_version      bigint not null default 1,
    created_by       text not null default current_user,
    created_at       timestamptz not null default now(),
    changed_by       text not null default current_user,
    changed_at       timestamptz not null default now(),
    check (date_end >= date_start)
);
create index incident_geom_idx on incident using gist (geom);
create index incident_start_idx on incident (date_start);
create index incident_end_idx on incident (date_end);

create table incident_source (
    incident_id  text not null references incident (id) on delete cascade,
    position     integer not null,
    file         text not null,
    publisher    text not null,
    author       text not null,
    title        text not null,
    published    text not null,
    quote        text not null default '',
    primary key (incident_id, position)
);

-- Who and when are the server's, never the client's: every insert and update is stamped here,
-- and every update raises row_version by one.
create function incident_stamp() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.row_version := 1;
        new.created_by := current_user;
        new.created_at := now();
    else
        new.row_version := old.row_version + 1;
        new.created_by := old.created_by;
        new.created_at := old.created_at;
    end if;
    new.changed_by := current_user;
    new.changed_at := now();
    return new;
end
$$;
create trigger incident_stamp before insert or update on incident
    for each row execute function incident_stamp();
