-- Version 4: running an inspection in Probity. Factual accuracy (the provider checks the draft) comes between drafting
-- and publication; teams per inspection; sampled cases with their stratum; withdrawn cases; cases reopened at the panel.

-- SQLite cannot change a check constraint, so the inspections table is rebuilt. Its dependants keep pointing at it by
-- name; the foreign keys are checked at commit, when every row is back.
pragma defer_foreign_keys = on;
create table inspections_before_0004 as select * from inspections;
drop table inspections;
create table inspections (
    id integer primary key,
    -- Not unique: importing an export of a stored inspection gives a second copy with the same reference.
    reference text,
    framework text not null,
    provider_id integer not null references providers (id),
    lead_inspector text,
    lead_inspector_user_id integer references users (id),
    fieldwork_start text,
    fieldwork_end text,
    published text,
    status text not null default 'planned' check (status in ('planned', 'fieldwork', 'quality-assurance', 'ratings-panel', 'drafting', 'factual-accuracy', 'published')),
    -- Set when the ratings panel's ratings are ratified (ratings panel -> drafting): case answers may no longer change.
    case_data_locked integer not null default 0,
    previous_inspection_id integer references inspections (id),
    -- Read-only reference blocks, printed beside this inspection's figures: kept as the manifest's JSON.
    previous_inspection_figures text,
    national_comparator text,
    fw_responsible_officers_interviewed integer,
    fw_meetings integer,
    fw_service_users_contact_attempted integer,
    fw_service_users_views_recorded integer,
    fw_observed_work_projects integer,
    fw_observed_induction_sessions integer,
    fw_offices_visited text,
    fw_site_visits text,
    created_at text not null,
    version integer not null default 1,
    programme_year text
);
insert into inspections (id, reference, framework, provider_id, lead_inspector, lead_inspector_user_id, fieldwork_start, fieldwork_end, published, status, case_data_locked, previous_inspection_id, previous_inspection_figures, national_comparator, fw_responsible_officers_interviewed, fw_meetings, fw_service_users_contact_attempted, fw_service_users_views_recorded, fw_observed_work_projects, fw_observed_induction_sessions, fw_offices_visited, fw_site_visits, created_at, version, programme_year)
    select id, reference, framework, provider_id, lead_inspector, lead_inspector_user_id, fieldwork_start, fieldwork_end, published, status, case_data_locked, previous_inspection_id, previous_inspection_figures, national_comparator, fw_responsible_officers_interviewed, fw_meetings, fw_service_users_contact_attempted, fw_service_users_views_recorded, fw_observed_work_projects, fw_observed_induction_sessions, fw_offices_visited, fw_site_visits, created_at, version, programme_year from inspections_before_0004;
drop table inspections_before_0004;
create index inspections_provider on inspections (provider_id);
create index inspections_reference on inspections (reference);

-- Providers keep the names they were inspected under before (a CRC renamed, a PDU merged), so a search finds them.
create table provider_previous_names (
    provider_id integer not null references providers (id),
    name text not null,
    primary key (provider_id, name)
);

-- Who works on an inspection: its lead(s), inspectors and ratings panel members. A draft inspection is seen by its
-- team and by admins only; a published one by everyone signed in.
create table inspection_team (
    inspection_id integer not null references inspections (id),
    user_id integer not null references users (id),
    role text not null check (role in ('lead', 'inspector', 'panel-member')),
    primary key (inspection_id, user_id, role)
);
create index inspection_team_user on inspection_team (user_id);

-- A case's stratum in the drawn sample, and why it was added by hand or as a reserve (null: drawn or imported).
alter table cases add column stratum text;
alter table cases add column added_reason text;

-- Cases taken out of the sample, with why: the report's methodology lists them. replaced_by is the reserve that took
-- the case's place, when it was swapped.
create table withdrawn_cases (
    inspection_id integer not null references inspections (id),
    case_ref text not null,
    sample text not null,
    stratum text,
    reason text not null,
    replaced_by text,
    withdrawn_at text not null,
    withdrawn_by text not null,
    primary key (inspection_id, case_ref)
);

-- A case a lead inspector reopened at the ratings panel: why, and its answers and status as the panel last saw them,
-- so the panel can see what changed. closed_at is set when the case is completed again.
create table case_reopenings (
    id integer primary key,
    inspection_id integer not null,
    case_ref text not null,
    reason text not null,
    answers_before blob not null,
    status_before text not null,
    reopened_at text not null,
    reopened_by text not null,
    closed_at text,
    foreign key (inspection_id, case_ref) references cases (inspection_id, case_ref)
);
create index case_reopenings_case on case_reopenings (inspection_id, case_ref);
