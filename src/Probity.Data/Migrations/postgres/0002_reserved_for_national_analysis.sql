-- Placeholder, deliberately empty: version 2 belongs to the national analysis (branch analysis, 0002_national_analysis.sql),
-- which is not on main yet. The migrator needs versions without gaps, so this keeps version 3 (regional reviews) runnable on
-- this branch. DELETE THIS FILE when merging the analysis branch: its 0002 replaces it.
select 1;
