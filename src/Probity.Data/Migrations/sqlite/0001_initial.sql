-- Probity schema, version 1 (SQLite). Applied in one transaction by the migrator, which records it
-- in schema_version. Never edit a released script: add the next one. The PostgreSQL script of the same number
-- builds the same tables; only the column types differ (SQLite has no date, boolean or numeric types: dates and timestamps are ISO-8601 text, booleans 0/1, decimals exact text).

create table providers (
    id integer primary key,
    name text not null,
    short_name text,
    type text not null check (type in ('CRC', 'NPS', 'PDU', 'Region', 'Area')),
    -- The region a PDU (or a CRC's contract area) belongs to: a provider of type Region.
    region_id integer references providers (id),
    version integer not null default 1,
    unique (name, type)
);

create table users (
    id integer primary key,
    user_name text not null unique,
    display_name text not null,
    password_hash text,
    failed_sign_ins integer not null default 0,
    locked_until text,
    -- Only for a provider contact: the provider whose inspections they may see.
    provider_id integer references providers (id),
    version integer not null default 1
);

create table user_roles (
    user_id integer not null references users (id),
    role text not null check (role in ('admin', 'lead-inspector', 'inspector', 'ratings-panel-member', 'analyst', 'provider-contact')),
    primary key (user_id, role)
);

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
    status text not null default 'planned' check (status in ('planned', 'fieldwork', 'quality-assurance', 'ratings-panel', 'drafting', 'published')),
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
    version integer not null default 1
);
create index inspections_provider on inspections (provider_id);
create index inspections_reference on inspections (reference);

create table not_inspected_standards (
    inspection_id integer not null references inspections (id),
    standard text not null,
    primary key (inspection_id, standard)
);

create table sample_plans (
    inspection_id integer not null references inspections (id),
    sample text not null,
    required integer,
    census integer not null default 0,
    eligible_population integer,
    note text,
    primary key (inspection_id, sample)
);

-- One row per case. The case attributes are the exchange format's cases.csv tokens. The answers are packed: one byte per
-- answerable item of the framework version, in its QuestionIndex order (0 not recorded, 1 yes, 2 no, 3 na), so a
-- 100,000-case inspection is 100,000 rows, not six million.
create table cases (
    inspection_id integer not null references inspections (id),
    case_ref text not null,
    ordinal integer not null,
    sample text,
    disposal text,
    rosh text,
    sex text,
    ro_grade text,
    bame text,
    disability text,
    substance_misuse text,
    domestic_abuse text,
    child_safeguarding text,
    iom text,
    ttg_first_night_accommodation text,
    managing_organisation text,
    need_accommodation text,
    delivered_accommodation text,
    need_ete text,
    delivered_ete text,
    need_relationships text,
    delivered_relationships text,
    need_lifestyle text,
    delivered_lifestyle text,
    need_alcohol text,
    delivered_alcohol text,
    need_drugs text,
    delivered_drugs text,
    need_thinking_behaviour text,
    delivered_thinking_behaviour text,
    need_attitudes text,
    delivered_attitudes text,
    ro_id text,
    ro_caseload integer,
    extra_columns text,
    answers blob not null,
    assessment_status text not null default 'not-started' check (assessment_status in ('not-started', 'in-progress', 'completed', 'quality-assured')),
    assigned_user_id integer references users (id),
    version integer not null default 1,
    primary key (inspection_id, case_ref)
);

create table answer_notes (
    inspection_id integer not null,
    case_ref text not null,
    question text not null,
    note text not null,
    primary key (inspection_id, case_ref, question),
    foreign key (inspection_id, case_ref) references cases (inspection_id, case_ref)
);

create table practice_examples (
    id integer primary key,
    inspection_id integer not null,
    case_ref text not null,
    ordinal integer not null,
    standard text not null,
    kind text not null check (kind in ('good', 'poor')),
    text text not null,
    foreign key (inspection_id, case_ref) references cases (inspection_id, case_ref)
);
create index practice_examples_case on practice_examples (inspection_id, case_ref);

create table officer_interviews (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    ordinal integer not null,
    officer_id text not null,
    grade text check (grade in ('PO', 'PSO', 'PQiP', 'other')),
    caseload integer,
    workload_manageable integer,
    prioritises_quality integer,
    skills_and_knowledge integer,
    training_access integer,
    training_positive integer,
    wellbeing_positive integer,
    safety_considered integer,
    reasonable_adjustments_positive integer,
    access_to_services integer,
    partner_coordination_good integer,
    version integer not null default 1,
    unique (inspection_id, officer_id)
);

create table meetings (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    ordinal integer not null,
    meeting_date text,
    kind text not null check (kind in ('senior-managers', 'operational-partners', 'stakeholders', 'middle-managers', 'frontline-staff', 'service-users', 'other')),
    description text not null,
    attendees integer,
    notes text,
    version integer not null default 1
);
create index meetings_inspection on meetings (inspection_id);

-- Key data tables (spec 7.2): fixed row labels, one cell per column; a cell printed as text has a null value.
create table key_data_tables (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    ordinal integer not null,
    table_key text not null,
    standard text,
    title text,
    placed_under text,
    column_headers text not null,
    source text,
    unique (inspection_id, table_key)
);

create table key_data_rows (
    id integer primary key,
    table_id integer not null references key_data_tables (id),
    ordinal integer not null,
    label text not null,
    unit text,
    footnote text,
    has_value_text integer not null default 0,
    version integer not null default 1
);
create index key_data_rows_table on key_data_rows (table_id);

create table key_data_cells (
    row_id integer not null references key_data_rows (id),
    column_index integer not null,
    value text,
    value_text text,
    primary key (row_id, column_index)
);

create table contextual_facts (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    ordinal integer not null,
    label text not null,
    value text not null,
    source text
);
create index contextual_facts_inspection on contextual_facts (inspection_id);

create table performance_measures (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    ordinal integer not null,
    measure text not null,
    label text not null,
    provider_value text,
    england_and_wales text,
    target text,
    source text
);
create index performance_measures_inspection on performance_measures (inspection_id);

-- Domain one (R15): the lead inspector's proposal with its rationale, and the rating the panel ratified.
create table domain_one_ratings (
    inspection_id integer not null references inspections (id),
    standard text not null,
    proposed text check (proposed in ('inadequate', 'requires-improvement', 'good', 'outstanding')),
    rationale text,
    ratified text check (ratified in ('inadequate', 'requires-improvement', 'good', 'outstanding')),
    version integer not null default 1,
    primary key (inspection_id, standard)
);

create table panel_decisions (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    ordinal integer not null,
    standard text not null,
    move text not null check (move in ('up', 'down')),
    basis text not null check (basis in ('discretion', 'unpaid-work-qualitative')),
    rationale text not null,
    proposed_by text,
    ratified_by text,
    decision_date text,
    version integer not null default 1,
    unique (inspection_id, standard)
);

create table previous_recommendations (
    inspection_id integer not null references inspections (id),
    number integer not null,
    text text not null,
    progress text check (progress in ('no-progress', 'some-progress', 'sufficient-progress')),
    evidence text,
    version integer not null default 1,
    primary key (inspection_id, number)
);

create table recommendations (
    inspection_id integer not null references inspections (id),
    number integer not null,
    text text not null,
    addressee text,
    repeats_previous integer,
    version integer not null default 1,
    primary key (inspection_id, number)
);

create table narrative_blocks (
    inspection_id integer not null references inspections (id),
    section text not null,
    text text not null,
    version integer not null default 1,
    primary key (inspection_id, section)
);

-- A drawn sample (SAMPLE.csv of ./probity sample): the seed and parameters that reproduce it, and every drawn case.
create table drawn_samples (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    sample text not null,
    seed bigint not null,
    parameters text not null,
    column_headers text not null,
    drawn_at text not null,
    drawn_by text not null
);
create index drawn_samples_inspection on drawn_samples (inspection_id);

create table drawn_sample_cases (
    drawn_sample_id integer not null references drawn_samples (id),
    ordinal integer not null,
    case_ref text not null,
    stratum text not null,
    role text not null check (role in ('sample', 'reserve')),
    reserve_order integer,
    column_values text not null,
    primary key (drawn_sample_id, ordinal)
);

-- Who changed what: one row per change, written in the same transaction as the change. Append-only: the triggers
-- below refuse any update or delete, whoever asks.
create table audit_log (
    id integer primary key,
    at text not null,
    user_name text not null,
    inspection_id integer,
    entity text not null,
    entity_key text,
    action text not null,
    before_value text,
    after_value text
);
create index audit_log_inspection on audit_log (inspection_id, id);

create trigger audit_log_no_update before update on audit_log
begin
    select raise(abort, 'the audit log is append-only: UPDATE is not allowed');
end;
create trigger audit_log_no_delete before delete on audit_log
begin
    select raise(abort, 'the audit log is append-only: DELETE is not allowed');
end;
