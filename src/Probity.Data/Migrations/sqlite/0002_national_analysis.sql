-- Probity schema, version 2 (SQLite): the national analysis. Applied after 0001 in one transaction; never edit once released.

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
    inspection_id integer primary key references inspections (id),
    generation integer not null
);

create table analysis_cubes (
    inspection_id integer primary key references inspections (id),
    -- The inspection's generation the cube was built from, and the layout fingerprint of the build that packed it.
    generation integer not null,
    layout text not null,
    tallies blob not null,
    profile blob not null
);

create trigger cases_analysis_insert after insert on cases
begin
    insert into analysis_generations (inspection_id, generation) values (new.inspection_id, 1)
    on conflict (inspection_id) do update set generation = generation + 1;
end;

create trigger cases_analysis_update after update on cases
begin
    insert into analysis_generations (inspection_id, generation) values (new.inspection_id, 1)
    on conflict (inspection_id) do update set generation = generation + 1;
end;

create trigger cases_analysis_delete after delete on cases
begin
    insert into analysis_generations (inspection_id, generation) values (old.inspection_id, 1)
    on conflict (inspection_id) do update set generation = generation + 1;
end;
