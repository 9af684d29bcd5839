-- Partner unions (Liên hiệp hội tỉnh bạn): the registry, webhooks pushed to them (an outbox of
-- deliveries with every attempt) and the bulletins pulled from partners running this software.

CREATE TABLE partner (
    id                        uuid PRIMARY KEY,
    name                      varchar(300)  NOT NULL,
    province                  varchar(100)  NOT NULL,
    contact_person            varchar(200),
    contact_email             varchar(254),
    contact_phone             varchar(50),
    -- the Keycloak client its machine tokens carry (claim azp): maps a partner token to this record
    client_id                 varchar(200),
    active                    boolean       NOT NULL DEFAULT true,
    webhook_url               varchar(2000),
    webhook_events            text[]        NOT NULL DEFAULT '{}',
    -- kept in clear because signing needs it; never returned after creation or rotation
    webhook_secret            varchar(100)  NOT NULL,
    webhook_secret_rotated_at timestamptz   NOT NULL,
    -- pulling the partner's own feed (another instance of this software)
    pull_base_url             varchar(2000),
    pull_token_url            varchar(2000),
    pull_client_id            varchar(200),
    pull_client_secret        varchar(500),
    -- the secret the partner signs its webhooks to us with: a verified one starts a pull
    pull_notification_secret  varchar(100),
    pull_scheduled            boolean       NOT NULL DEFAULT false,
    search_key                text          NOT NULL,
    created_by                varchar(200)  NOT NULL,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    version                   bigint        NOT NULL DEFAULT 0,
    CONSTRAINT partner_client_uk UNIQUE (client_id),
    CONSTRAINT partner_pull_ck CHECK ((pull_base_url IS NULL) = (pull_token_url IS NULL)
        AND (pull_base_url IS NULL) = (pull_client_id IS NULL)
        AND (pull_base_url IS NULL) = (pull_client_secret IS NULL))
);
CREATE INDEX partner_name_idx ON partner (lower(name), id);
-- the outbox insert looks for these on every feed change
CREATE INDEX partner_webhook_idx ON partner USING gin (webhook_events) WHERE active AND webhook_url IS NOT NULL;

-- Where the last pull stopped and how it went; apart from the partner so that pulls never move
-- the partner's version (its ETag) under an editing admin.
CREATE TABLE partner_pull_state (
    partner_id       uuid PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
    cursor           varchar(40),
    last_attempt_at  timestamptz,
    last_success_at  timestamptz,
    last_status      varchar(20) CHECK (last_status IN ('ok', 'failed')),
    last_error       text,
    last_count       integer
);

-- One row per (partner, feed change), written in the transaction that makes the change.
CREATE TABLE webhook_delivery (
    id                      uuid PRIMARY KEY,
    partner_id              uuid         NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    event                   varchar(40)  NOT NULL CHECK (event IN ('issue_published', 'issue_updated', 'issue_withdrawn')),
    issue_id                uuid         NOT NULL REFERENCES bulletin_issue (id),
    feed_seq                bigint       NOT NULL,
    status                  varchar(20)  NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
    -- the exact bytes sent (frozen at the first attempt, so every retry carries the same message)
    body                    text,
    attempt_count           integer      NOT NULL DEFAULT 0,
    -- attempts since it was (re)queued: what the backoff and the attempt limit count
    round_attempts          integer      NOT NULL DEFAULT 0,
    next_attempt_at         timestamptz,
    last_attempt_at         timestamptz,
    last_http_status        integer,
    last_error              varchar(500),
    redelivery_requested_by varchar(200),
    redelivery_requested_at timestamptz,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX webhook_delivery_partner_idx ON webhook_delivery (partner_id, created_at DESC, id);

CREATE TABLE webhook_attempt (
    id            uuid PRIMARY KEY,
    delivery_id   uuid         NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    number        integer      NOT NULL,
    attempted_at  timestamptz  NOT NULL,
    duration_ms   integer      NOT NULL,
    http_status   integer,
    error         varchar(500),
    CONSTRAINT webhook_attempt_number_uk UNIQUE (delivery_id, number)
);

-- Issues read from partners' feeds, as they last told them (withdrawn ones stay, marked).
CREATE TABLE partner_bulletin (
    id               uuid PRIMARY KEY,
    partner_id       uuid         NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    remote_id        uuid         NOT NULL,
    volume           integer,
    number           integer,
    issue_month      varchar(7),
    title            text         NOT NULL,
    summary          text,
    status           varchar(20)  NOT NULL CHECK (status IN ('published', 'withdrawn')),
    published_at     timestamptz,
    withdrawn_at     timestamptz,
    withdraw_reason  text,
    -- absolute links to the partner's files
    issue_url        text         NOT NULL,
    pdf_url          text,
    pdf_size_bytes   bigint,
    cover_url        text,
    -- [{"title", "authors": [...], "pageFrom", "pageTo", "pdfUrl"}]
    articles         jsonb        NOT NULL DEFAULT '[]',
    remote_cursor    varchar(40)  NOT NULL,
    remote_changed_at timestamptz NOT NULL,
    search_key       text         NOT NULL,
    search_vector    tsvector     GENERATED ALWAYS AS
                         (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    first_seen_at    timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT partner_bulletin_remote_uk UNIQUE (partner_id, remote_id)
);
CREATE INDEX partner_bulletin_published_idx ON partner_bulletin (published_at DESC, id);
CREATE INDEX partner_bulletin_search_idx ON partner_bulletin USING gin (search_vector);
