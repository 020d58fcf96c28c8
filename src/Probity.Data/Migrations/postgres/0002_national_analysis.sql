-- Probity schema, version 2 (PostgreSQL): the national analysis. Applied after 0001 in one transaction; never edit once released.

-- The programme year an inspection names ("2019/20"); when null the analysis takes the April-to-March year of fieldwork_start.
alter table inspections add column programme_year text;

-- The annual report's case attributes (cases.csv tokens): the nature of a disability (one yes/no column per kind), a mental
-- health treatment requirement, Through the Gate first-night arrangement, and the provider's own RoSH classification.
alter table cases add column disability_sight text;
alter table cases add column disability_hearing text;
alter table cases add column disability_mobility text;
alter table cases add column disability_dexterity text;
alter table cases add column disability_learning text;
alter table cases add column disability_mental_illness text;
alter table cases add column disability_speech text;
alter table cases add column disability_cognitive text;
alter table cases add column disability_other text;
alter table cases add column mhtr text;
alter table cases add column ttg_first_night_arrangement text;
alter table cases add column rosh_provider text;

-- Per-inspection tallies for the national analysis: every item's yes/no/na split by RoSH, grade, sex, IOM and caseload
-- band, and counts of the cases' attributes, packed by Core's CubeCodec. A cache of the cases, never edited by hand:
-- any insert, update or delete of an inspection's cases moves its generation on (the triggers below, whoever writes), and
-- the analysis rebuilds a cube whose generation or layout is behind before reading it. Import writes it in step.
create table analysis_generations (
    inspection_id bigint primary key references inspections (id),
    generation bigint not null
);

create table analysis_cubes (
    inspection_id bigint primary key references inspections (id),
    -- The inspection's generation the cube was built from, and the layout fingerprint of the build that packed it.
    generation bigint not null,
    layout text not null,
    tallies bytea not null,
    profile bytea not null
);

-- Statement-level, so a bulk COPY of 100,000 cases moves the generation once rather than updating one row 100,000 times.
create function analysis_mark_stale() returns trigger language plpgsql as $$
begin
    insert into analysis_generations (inspection_id, generation)
    select distinct inspection_id, 1 from changed
    on conflict (inspection_id) do update set generation = analysis_generations.generation + 1;
    return null;
end
$$;
create trigger cases_analysis_insert after insert on cases referencing new table as changed for each statement execute function analysis_mark_stale();
create trigger cases_analysis_update after update on cases referencing new table as changed for each statement execute function analysis_mark_stale();
create trigger cases_analysis_delete after delete on cases referencing old table as changed for each statement execute function analysis_mark_stale();
