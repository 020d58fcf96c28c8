-- Accounts an admin can disable, and a password an admin set that its user must change at their next sign-in.
alter table users add column must_change_password boolean not null default false;
alter table users add column disabled boolean not null default false;

-- Sessions are kept here, not in the cookie: the cookie names one of these rows, so signing out (or a password change,
-- a disabled account, a change of roles) ends the session for every copy of the cookie.
create table user_sessions (
    id text primary key,
    user_id bigint not null references users (id),
    created_at timestamptz not null,
    last_seen_at timestamptz not null,
    ended_at timestamptz,
    -- Why it ended: signed-out, password-changed, disabled, roles-changed, ended-by-admin, ended-by-user, idle, expired.
    ended_why text,
    client_address text,
    user_agent text
);
create index user_sessions_open on user_sessions (user_id) where ended_at is null;
