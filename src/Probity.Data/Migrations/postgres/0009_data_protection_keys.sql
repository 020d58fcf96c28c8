-- The keys that protect session and anti-forgery cookies (ASP.NET Core data protection), kept in the database so that
-- every instance of the web app shares them and a restart signs no one out. Written once by the key manager, never
-- changed; not audited, because the audit log must never hold key material.
create table data_protection_keys (
    name text primary key,
    xml text not null,
    created_at timestamptz not null
);
