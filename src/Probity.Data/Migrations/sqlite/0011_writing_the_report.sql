-- Each new recommendation names the finding it comes from: the key of the report's text block that states it
-- (e.g. "standard:2.2:improvements"); null for a recommendation recorded before findings were named.
alter table recommendations add column finding text;

-- Whether the report prints a practice example the case assessors flagged: the writers choose (all are printed until then).
alter table practice_examples add column in_report integer not null default 1;
