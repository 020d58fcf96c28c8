-- A ratings panel may move a standard the rules do not make eligible for discretion in that direction, if it records
-- why the rules do not cover the case; that reason is kept with the decision (null for a move the rules allow).
alter table panel_decisions add column outside_rules text;
