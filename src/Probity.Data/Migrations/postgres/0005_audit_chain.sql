-- The audit log as a verifiable chain. Each audit row gets one link, in the order rows were written (seq): the SHA-256
-- of the previous link's hash and of the row's own content. A link is written in the same transaction as its row,
-- under an advisory lock held to commit, so two writers never fork the chain. `./probity audit verify` recomputes it.
-- audit_id has no foreign key: a removed audit row must be found by the check (and TRUNCATE refused by the log's own
-- trigger), not hidden behind a constraint error.
create table audit_chain (
    seq bigint primary key,
    audit_id bigint not null unique,
    previous_hash text not null,
    hash text not null
);
create trigger audit_chain_no_update before update on audit_chain for each row execute function audit_log_refuse_change();
create trigger audit_chain_no_delete before delete on audit_chain for each row execute function audit_log_refuse_change();
create trigger audit_chain_no_truncate before truncate on audit_chain for each statement execute function audit_log_refuse_change();

-- Free text in the log (notes, practice examples, narrative) is kept here and referred to from the row by its hash,
-- so the chain covers the hash and the text itself can be erased (deleted) without breaking the chain. Never updated.
create table audit_texts (
    hash text primary key,
    inspection_id bigint,
    entity text not null,
    entity_key text,
    text text not null
);
create index audit_texts_record on audit_texts (inspection_id, entity, entity_key);
create trigger audit_texts_no_update before update on audit_texts for each row execute function audit_log_refuse_change();
