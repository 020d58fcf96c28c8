-- Reserved for issue 15's accounts and sessions (branch accounts15), whose script of this number replaces this one when
-- both branches are merged. It changes nothing, so that 0009 can be applied on this branch alone.
select 1;
