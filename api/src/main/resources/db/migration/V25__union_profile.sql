-- The union's own identity (issue #23): its name, province and contacts are configuration (lhh.union.*);
-- the logo is uploaded by an admin and kept in the file store. One row, versioned for If-Match.
create table union_profile (
    id           smallint primary key default 1 check (id = 1),
    logo_file_id uuid,
    version      bigint not null default 0,
    updated_at   timestamptz not null default now()
);
insert into union_profile (id) values (1);
