-- The monthly science bulletin (Tập san khoa học và ứng dụng): issues, their articles and the
-- change feed partners pull.

-- PDFs are already compressed: storing them uncompressed lets substring() read a byte range
-- without de-toasting the whole file (range downloads, streaming in chunks).
ALTER TABLE stored_file ALTER COLUMN content SET STORAGE EXTERNAL;

-- Positions in the partners' change feed. Taken under a transaction-level advisory lock, so a
-- position becomes visible only after every smaller one has committed (see BulletinFeed).
CREATE SEQUENCE bulletin_feed_seq;

CREATE TABLE bulletin_issue (
    id               uuid PRIMARY KEY,
    volume           integer      NOT NULL CHECK (volume BETWEEN 1 AND 1000),
    number           integer      NOT NULL CHECK (number BETWEEN 1 AND 10000),
    -- the first day of the issue's month
    issue_month      date         NOT NULL CHECK (extract(day FROM issue_month) = 1),
    title            varchar(300) NOT NULL,
    summary          text,
    status           varchar(20)  NOT NULL CHECK (status IN ('draft', 'in_review', 'scheduled', 'published', 'withdrawn')),
    scheduled_at     timestamptz,
    published_at     timestamptz,
    published_by     varchar(200),
    withdrawn_at     timestamptz,
    withdraw_reason  text,
    cover_file_id    uuid REFERENCES stored_file (id),
    pdf_file_id      uuid REFERENCES stored_file (id),
    search_key       text         NOT NULL,
    search_vector    tsvector     GENERATED ALWAYS AS
                         (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    feed_seq         bigint UNIQUE,
    feed_change      varchar(20) CHECK (feed_change IN ('published', 'updated', 'withdrawn')),
    feed_changed_at  timestamptz,
    created_by       varchar(200) NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT bulletin_issue_scheduled_ck CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
    CONSTRAINT bulletin_issue_published_ck CHECK (status NOT IN ('published', 'withdrawn') OR (published_at IS NOT NULL AND pdf_file_id IS NOT NULL)),
    CONSTRAINT bulletin_issue_withdrawn_ck CHECK (status <> 'withdrawn' OR withdraw_reason IS NOT NULL)
);
-- One issue a month, one issue per volume/number; a withdrawn issue frees its month for a replacement.
CREATE UNIQUE INDEX bulletin_issue_month_uk ON bulletin_issue (issue_month) WHERE status <> 'withdrawn';
CREATE UNIQUE INDEX bulletin_issue_number_uk ON bulletin_issue (volume, number) WHERE status <> 'withdrawn';
CREATE INDEX bulletin_issue_status_idx ON bulletin_issue (status, issue_month DESC);
CREATE INDEX bulletin_issue_due_idx ON bulletin_issue (scheduled_at) WHERE status = 'scheduled';
CREATE INDEX bulletin_issue_search_idx ON bulletin_issue USING gin (search_vector);
CREATE INDEX bulletin_issue_feed_time_idx ON bulletin_issue (feed_changed_at) WHERE feed_seq IS NOT NULL;

CREATE TABLE bulletin_article (
    id            uuid PRIMARY KEY,
    issue_id      uuid REFERENCES bulletin_issue (id),
    position      integer CHECK (position BETWEEN 1 AND 1000),
    title         varchar(500) NOT NULL,
    abstract      text,
    keywords      text[]       NOT NULL DEFAULT '{}',
    -- [{"name": ..., "expertId": ..., "affiliation": ...}] in the order printed
    authors       jsonb        NOT NULL DEFAULT '[]',
    page_from     integer CHECK (page_from BETWEEN 1 AND 10000),
    page_to       integer,
    pdf_file_id   uuid REFERENCES stored_file (id),
    -- written by the service from SearchText.normalize over title, abstract, keywords and authors
    search_key    text         NOT NULL,
    search_vector tsvector     GENERATED ALWAYS AS
                      (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    created_by    varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT bulletin_article_placed_ck CHECK ((issue_id IS NULL) = (position IS NULL)),
    CONSTRAINT bulletin_article_pages_ck CHECK (page_to IS NULL OR (page_from IS NOT NULL AND page_to >= page_from)),
    CONSTRAINT bulletin_article_position_uk UNIQUE (issue_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX bulletin_article_issue_idx ON bulletin_article (issue_id, position);
CREATE INDEX bulletin_article_unplaced_idx ON bulletin_article (created_at) WHERE issue_id IS NULL;
CREATE INDEX bulletin_article_search_idx ON bulletin_article USING gin (search_vector);

CREATE TABLE bulletin_article_field (
    article_id uuid        NOT NULL REFERENCES bulletin_article (id) ON DELETE CASCADE,
    field_code varchar(60) NOT NULL REFERENCES expertise_field (code),
    PRIMARY KEY (article_id, field_code)
);
CREATE INDEX bulletin_article_field_code_idx ON bulletin_article_field (field_code);
