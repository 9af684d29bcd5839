-- News and announcements (tin tức, thông báo) of the union's website: posts with a sanitised HTML
-- body, a cover image, tags, an audience, a publication workflow with scheduling, and pinning.

CREATE TABLE post (
    id              uuid PRIMARY KEY,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('news', 'announcement', 'event')),
    title           varchar(300) NOT NULL,
    summary         varchar(1000),
    -- HTML already passed through the server's allow-list sanitiser (vn.lhh.news.service.PostHtml)
    body_html       text         NOT NULL,
    tags            text[]       NOT NULL DEFAULT '{}',
    audience        varchar(20)  NOT NULL CHECK (audience IN ('public', 'members', 'internal')),
    status          varchar(20)  NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'unpublished')),
    pinned          boolean      NOT NULL DEFAULT false,
    -- for kind = 'event': when and where it takes place (optional)
    event_starts_at timestamptz,
    event_place     varchar(300),
    scheduled_at    timestamptz,
    published_at    timestamptz,
    published_by    varchar(200),
    unpublished_at  timestamptz,
    cover_file_id   uuid REFERENCES stored_file (id),
    -- written by the service from SearchText.normalize over title, summary and tags
    search_key      text         NOT NULL,
    search_vector   tsvector     GENERATED ALWAYS AS
                        (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    created_by      varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT post_scheduled_ck CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
    CONSTRAINT post_published_ck CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX post_published_idx ON post (audience, published_at DESC) WHERE status = 'published';
CREATE INDEX post_pinned_idx ON post (published_at DESC) WHERE status = 'published' AND pinned;
CREATE INDEX post_updated_idx ON post (updated_at DESC);
CREATE INDEX post_due_idx ON post (scheduled_at) WHERE status = 'scheduled';
CREATE INDEX post_search_idx ON post USING gin (search_vector);
CREATE INDEX post_tags_idx ON post USING gin (tags);
