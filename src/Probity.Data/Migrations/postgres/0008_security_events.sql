-- Security events (sign-ins, failures, lock-outs, sign-outs, refusals, account changes) are audit log entries of the
-- entity "security": the admin's list reads them newest first, by kind and date.
create index audit_log_security on audit_log (entity, at);
