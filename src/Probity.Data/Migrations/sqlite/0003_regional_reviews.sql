-- Probity schema, version 3 (SQLite): regional reviews (issue 8). A review is imported whole from a review folder
-- (review.json) and read back whole; each PDU it links is a stored inspection, by foreign key. Version 2 is the
-- national analysis's: the two are independent.
-- As in version 1: dates are ISO-8601 text, booleans 0/1, decimals exact text.

create table reviews (
    id integer primary key,
    -- Not unique, as an inspection's: importing an exported review gives a second copy.
    reference text,
    region text not null,
    -- The region as a provider of type Region: the one its PDUs belong to.
    region_provider_id integer references providers (id),
    title text,
    letter_date text,
    lead_inspector text,
    created_at text not null,
    created_by text not null
);
create index reviews_reference on reviews (reference);

-- The letter's people: its addressee, its signatory, and everyone copied in, in the letter's order.
create table review_people (
    review_id integer not null references reviews (id),
    ordinal integer not null,
    part text not null check (part in ('addressee', 'signatory', 'copied')),
    name text not null,
    role text,
    email text,
    primary key (review_id, ordinal)
);

-- The letter's paragraphs outside the areas, by section (opening, observations, summary, closing), sections in order.
create table review_paragraphs (
    review_id integer not null references reviews (id),
    section_ordinal integer not null,
    section text not null,
    ordinal integer not null,
    text text not null,
    primary key (review_id, section_ordinal, ordinal)
);

-- The PDU inspections the review covers. inspection_id is the stored PDU inspection; null where the review records
-- only what the letter prints of it (Gateshead and South Tyneside: no dataset). published_* is what the letter prints.
create table review_pdus (
    id integer primary key,
    review_id integer not null references reviews (id),
    ordinal integer not null,
    key text not null,
    name text not null,
    other_names text,
    inspection_id integer references inspections (id),
    framework text,
    note text,
    has_published integer not null default 0,
    published_source text,
    published_score integer,
    published_max_score integer,
    published_overall_rating text check (published_overall_rating in ('inadequate', 'requires-improvement', 'good', 'outstanding')),
    unique (review_id, ordinal),
    unique (review_id, key)
);
create index review_pdus_inspection on review_pdus (inspection_id);

-- Annexe two as the letter prints it: a null rating is "Not inspected".
create table review_published_ratings (
    review_pdu_id integer not null references review_pdus (id),
    ordinal integer not null,
    standard text not null,
    name text not null,
    rating text check (rating in ('inadequate', 'requires-improvement', 'good', 'outstanding')),
    primary key (review_pdu_id, ordinal)
);

-- Annexe one: each PDU's recommendations, numbered as the letter numbers them.
create table review_recommendations (
    review_pdu_id integer not null references review_pdus (id),
    ordinal integer not null,
    number integer not null,
    level text not null check (level in ('pdu', 'region', 'hmpps', 'moj')),
    addressee text not null,
    text text not null,
    primary key (review_pdu_id, ordinal)
);

create table review_areas (
    id integer primary key,
    review_id integer not null references reviews (id),
    ordinal integer not null,
    key text not null,
    title text not null,
    headings_printed integer not null default 0,
    unique (review_id, ordinal)
);

create table review_area_paragraphs (
    area_id integer not null references review_areas (id),
    ordinal integer not null,
    text text not null,
    primary key (area_id, ordinal)
);

create table review_findings (
    id integer primary key,
    area_id integer not null references review_areas (id),
    ordinal integer not null,
    polarity text not null check (polarity in ('strength', 'area-for-improvement')),
    text text not null,
    note text,
    unique (area_id, ordinal)
);

-- What a finding cites: "68 out of 84" is numerator and denominator; "22 per cent" is value and unit. inspection_key
-- names a PDU of the same review (review_pdus.key).
create table review_evidence (
    finding_id integer not null references review_findings (id),
    ordinal integer not null,
    source text not null check (source in ('staff-survey', 'pdu-inspections', 'case-inspection', 'provider-data', 'national-data', 'fieldwork')),
    detail text not null,
    numerator integer,
    denominator integer,
    value text,
    unit text,
    inspection_key text,
    primary key (finding_id, ordinal)
);
