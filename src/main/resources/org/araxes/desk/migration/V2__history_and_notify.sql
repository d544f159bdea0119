-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who changed an incident and when, kept by the server: a history row per insert, update and
-- delete, filled by a trigger (so no client can skip it), and a notification on the channel
-- araxes_incidents so every connected Araxes hears the change at once.

create table incident_history (
    history_id   bigserial primary key,
    incident_id  text not null,
    row_version  bigint not null,
    operation    text not null check (operation in ('insert', 'update', 'delete')),
    changed_by   text not null,
    changed_at   timestamptz not null,
    old_title    text,
    new_title    text
);
create index incident_history_incident_idx on incident_history (incident_id, history_id);

-- The incidents there before this version: one 'insert' each, by whoever last changed them.
insert into incident_history (incident_id, row_version, operation, changed_by, changed_at, new_title)
select id, row_version, 'insert', changed_by, changed_at, title from incident order by changed_at, id;

-- "set search_path from current": the schema Flyway migrates in (then public), so the trigger finds
-- incident_history whatever the search path of the session that changed the incident (psql, QGIS).
create function incident_changed() returns trigger language plpgsql set search_path from current as $$
declare
    row_id   text;
    version  bigint;
begin
    if tg_op = 'DELETE' then
        row_id := old.id;
        version := old.row_version;
        insert into incident_history (incident_id, row_version, operation, changed_by, changed_at, old_title)
        values (old.id, old.row_version, 'delete', current_user, now(), old.title);
    else
        row_id := new.id;
        version := new.row_version;
        insert into incident_history (incident_id, row_version, operation, changed_by, changed_at, old_title, new_title)
        values (new.id, new.row_version, lower(tg_op), new.changed_by, new.changed_at,
                case when tg_op = 'UPDATE' then old.title end, new.title);
    end if;
    perform pg_notify('araxes_incidents', json_build_object(
        'schema', tg_table_schema, 'id', row_id, 'version', version,
        'operation', lower(tg_op), 'by', current_user)::text);
    return null;
end
$$;
create trigger incident_changed after insert or update or delete on incident
    for each row execute function incident_changed();
