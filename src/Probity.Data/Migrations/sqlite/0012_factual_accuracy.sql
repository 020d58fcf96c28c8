-- Version 11: the provider checks the draft for factual accuracy, the lead publishes it with a date (and corrects it
-- later as a new version), and the provider answers each recommendation with an action plan.

-- The deadline the lead set when the inspection moved to factual accuracy (a later move sets a new one).
create table factual_accuracy_checks (
    inspection_id integer primary key references inspections (id),
    deadline text not null,
    set_at text not null,
    set_by text not null
);

-- A provider contact's comment on one section of the draft report, and the lead's outcome: accepted, or declined with
-- a reason (null: not decided yet).
create table factual_accuracy_comments (
    id integer primary key,
    inspection_id integer not null references inspections (id),
    section text not null,
    section_title text not null,
    comment text not null,
    made_by text not null,
    made_at text not null,
    outcome text check (outcome in ('accepted', 'declined')),
    outcome_reason text,
    decided_by text,
    decided_at text,
    version integer not null default 1
);
create index factual_accuracy_comments_inspection on factual_accuracy_comments (inspection_id);

-- Each published version of the report: the first publication, then each correction with its reason. The narrative as
-- it was published is kept with the version, so a superseded version can still be read.
create table report_versions (
    inspection_id integer not null references inspections (id),
    number integer not null,
    published_on text not null,
    reason text,
    narrative text not null,
    published_at text not null,
    published_by text not null,
    primary key (inspection_id, number)
);

-- The provider's answer to each recommendation of a published inspection.
create table action_plan_responses (
    inspection_id integer not null references inspections (id),
    recommendation integer not null,
    response text not null check (response in ('agreed', 'partially-agreed', 'not-agreed')),
    actions text not null,
    owner text not null,
    target_date text,
    version integer not null default 1,
    primary key (inspection_id, recommendation)
);
