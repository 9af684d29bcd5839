-- Term action programs (chương trình hoạt động toàn khóa), their structure, tracked tasks and progress.

CREATE TABLE program (
    id                uuid PRIMARY KEY,
    union_name        varchar(300) NOT NULL,
    place             varchar(100),
    term_label        varchar(20)  NOT NULL,                -- khóa VI
    start_year        integer      NOT NULL CHECK (start_year BETWEEN 1900 AND 2200),
    end_year          integer      NOT NULL,
    document_number   varchar(100) NOT NULL,
    document_date     date,
    title             varchar(1000) NOT NULL,
    preamble          text,
    closing           text,
    signer_title      varchar(300),
    signer            varchar(200),
    recipients        text[]       NOT NULL DEFAULT '{}',
    status            varchar(20)  NOT NULL CHECK (status IN ('draft', 'active', 'closed')),
    source_hash       varchar(64),                          -- SHA-256 of the imported text: re-imports change nothing
    carried_from_id   uuid REFERENCES program (id),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL,
    CONSTRAINT program_years_ck CHECK (end_year >= start_year AND end_year - start_year <= 10),
    CONSTRAINT program_number_uk UNIQUE (document_number, start_year)
);
CREATE UNIQUE INDEX program_source_hash_uk ON program (source_hash) WHERE source_hash IS NOT NULL;

-- The document's structure, in its own order: main missions (with lettered sub-items),
-- regular annual tasks (section I), tasks of each year, implementation arrangements (section II).
CREATE TABLE program_item (
    id          uuid PRIMARY KEY,
    program_id  uuid         NOT NULL REFERENCES program (id),
    kind        varchar(20)  NOT NULL CHECK (kind IN ('mission', 'regular_task', 'year_task', 'implementation')),
    parent_id   uuid REFERENCES program_item (id),
    year        integer,
    label       varchar(10)  NOT NULL,                      -- "1", "a"
    position    integer      NOT NULL,
    text        text         NOT NULL CHECK (length(btrim(text)) > 0),
    source_line integer,
    CONSTRAINT program_item_year_ck CHECK ((kind = 'year_task') = (year IS NOT NULL))
);
CREATE INDEX program_item_program_idx ON program_item (program_id, position);

-- A tracked task: one per year for a regular task, one for a task of a given year.
CREATE TABLE program_task (
    id                  uuid PRIMARY KEY,
    program_id          uuid         NOT NULL REFERENCES program (id),
    item_id             uuid         NOT NULL REFERENCES program_item (id),
    year                integer      NOT NULL,
    short_title         varchar(200),
    lead_unit           varchar(300),
    lead_association_id uuid REFERENCES association (id),
    planned_start       date         NOT NULL,
    planned_end         date         NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'postponed', 'cancelled')),
    latest_percent      integer CHECK (latest_percent BETWEEN 0 AND 100),
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL,
    CONSTRAINT program_task_period_ck CHECK (planned_end >= planned_start),
    CONSTRAINT program_task_item_year_uk UNIQUE (item_id, year)
);
CREATE INDEX program_task_program_year_idx ON program_task (program_id, year);
CREATE INDEX program_task_lead_association_idx ON program_task (lead_association_id);

CREATE TABLE program_task_coordinator (
    task_id        uuid         NOT NULL REFERENCES program_task (id) ON DELETE CASCADE,
    position       integer      NOT NULL,
    name           varchar(300) NOT NULL CHECK (length(btrim(name)) > 0),
    association_id uuid REFERENCES association (id),
    PRIMARY KEY (task_id, position)
);
CREATE INDEX program_task_coordinator_association_idx ON program_task_coordinator (association_id);

CREATE TABLE task_progress (
    id          uuid PRIMARY KEY,
    task_id     uuid         NOT NULL REFERENCES program_task (id),
    reported_on date         NOT NULL,
    percent     integer CHECK (percent BETWEEN 0 AND 100),
    milestone   varchar(300),
    narrative   varchar(10000) NOT NULL CHECK (length(btrim(narrative)) > 0),
    reported_by varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX task_progress_task_idx ON task_progress (task_id, reported_on DESC, created_at DESC);

CREATE TABLE task_evidence (
    id           uuid PRIMARY KEY,
    progress_id  uuid         NOT NULL REFERENCES task_progress (id),
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    sha256       varchar(64)  NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX task_evidence_progress_idx ON task_evidence (progress_id);

-- An import waits here between its preview and its commit, so any API instance can commit it.
CREATE TABLE program_import (
    id           uuid PRIMARY KEY,
    source_text  text         NOT NULL,
    source_hash  varchar(64)  NOT NULL,
    parsed       jsonb        NOT NULL,
    status       varchar(20)  NOT NULL CHECK (status IN ('previewed', 'committed')),
    program_id   uuid REFERENCES program (id),
    created_by   varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL
);
