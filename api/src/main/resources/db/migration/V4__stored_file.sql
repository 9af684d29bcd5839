-- Uploaded files, shared by every feature: kept in PostgreSQL so that they survive restarts and
-- every API instance sees them (vn.lhh.common.files.FileStore is the seam for an object store).
CREATE TABLE stored_file (
    id           uuid PRIMARY KEY,
    owner_type   varchar(60)  NOT NULL,
    owner_id     uuid         NOT NULL,
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    sha256       varchar(64)  NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX stored_file_owner_idx ON stored_file (owner_type, owner_id, created_at);
