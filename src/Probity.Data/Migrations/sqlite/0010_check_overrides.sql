-- A lead inspector's override of one check before publication: the finding it covers (the check, the block and the
-- words, as one key), the block and words as shown when it was overridden, why the words are right, who and when.
create table check_overrides (
    inspection_id integer not null references inspections (id),
    finding_key text not null,
    block text not null,
    words text not null,
    reason text not null,
    overridden_by text not null,
    overridden_at text not null,
    version integer not null default 1,
    primary key (inspection_id, finding_key)
);
