-- Notifications (issue 17): one row per recipient and occurrence is both the in-app inbox entry and the
-- e-mail outbox entry. Features insert rows in the transaction that causes them (the outbox); the dispatcher
-- (vn.lhh.notification.service.NotificationDispatcher) claims due rows with FOR UPDATE SKIP LOCKED and sends them.

CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    -- NotificationKind.code(), e.g. 'congress-due'
    kind            varchar(60)  NOT NULL,
    -- what the message is about and when, chosen by the feature: 'congress:<id>:due:2027-03', 'assignment:<id>'
    occurrence_key  varchar(300) NOT NULL,
    -- a Keycloak username ('user') or a bare e-mail address ('address', lower-cased: registrants, subscribers)
    recipient_type  varchar(10)  NOT NULL CHECK (recipient_type IN ('user', 'address')),
    recipient       varchar(320) NOT NULL,
    -- the template's values (JSON object) and the record it is about (an SPA path such as /associations/<id>)
    data            jsonb        NOT NULL DEFAULT '{}'::jsonb,
    link            varchar(500),
    -- the subject rendered when queued (Vietnamese / English), shown by the inbox
    title           varchar(500) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    -- inbox: shown when the recipient's preference includes in-app; read when read_at is set
    in_app          boolean      NOT NULL,
    read_at         timestamptz,
    -- e-mail: 'single' (one mail), 'digest' (gathered into the daily digest) or 'none' (in-app only or off)
    email_mode      varchar(10)  NOT NULL CHECK (email_mode IN ('single', 'digest', 'none')),
    delivery_status varchar(10)  NOT NULL CHECK (delivery_status IN ('pending', 'sent', 'failed', 'skipped')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      varchar(1000),
    -- the address the mail went to (resolved from Keycloak for users at sending time)
    email_address   varchar(320),
    sent_at         timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    -- once per recipient per occurrence, whatever the instances, restarts or double firing of a scheduler
    CONSTRAINT notification_once_uk UNIQUE (kind, occurrence_key, recipient_type, recipient)
);
-- the dispatcher's claim: due pending rows
CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE delivery_status = 'pending';
-- a user's inbox, newest first, and its unread count
CREATE INDEX notification_inbox_idx ON notification (recipient, created_at DESC, id DESC) WHERE in_app AND recipient_type = 'user';
CREATE INDEX notification_unread_idx ON notification (recipient) WHERE in_app AND recipient_type = 'user' AND read_at IS NULL;
-- the office's list of e-mail deliveries
CREATE INDEX notification_delivery_idx ON notification (delivery_status, created_at DESC, id DESC) WHERE email_mode <> 'none';

-- every SMTP attempt, successful or not
CREATE TABLE notification_attempt (
    id              bigserial PRIMARY KEY,
    notification_id uuid         NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    attempt         integer      NOT NULL,
    attempted_at    timestamptz  NOT NULL DEFAULT now(),
    outcome         varchar(10)  NOT NULL CHECK (outcome IN ('sent', 'failed')),
    -- the digest mail this attempt belonged to (its Message-ID), if any
    digest          boolean      NOT NULL DEFAULT false,
    error           varchar(1000)
);
CREATE INDEX notification_attempt_notification_idx ON notification_attempt (notification_id, id);

-- per user and kind: where messages go; no row = both, no digest
CREATE TABLE notification_preference (
    username    varchar(100) NOT NULL,
    kind        varchar(60)  NOT NULL,
    channel     varchar(10)  NOT NULL CHECK (channel IN ('in_app', 'email', 'both', 'none')),
    digest      boolean      NOT NULL DEFAULT false,
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, kind)
);

-- a user's preferences as a whole: their version (the ETag of GET/PUT /me/notification-preferences)
CREATE TABLE notification_preference_version (
    username    varchar(100) PRIMARY KEY,
    version     bigint       NOT NULL DEFAULT 0
);

-- the one-click unsubscribe link of every mail (RFC 8058): one random token per recipient and kind, no login
CREATE TABLE notification_unsubscribe_token (
    token           varchar(64)  PRIMARY KEY,
    recipient_type  varchar(10)  NOT NULL CHECK (recipient_type IN ('user', 'address')),
    recipient       varchar(320) NOT NULL,
    kind            varchar(60)  NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    used_at         timestamptz,
    CONSTRAINT notification_unsubscribe_token_uk UNIQUE (recipient_type, recipient, kind)
);

-- addresses without an account that turned a kind off (users turn it off in notification_preference)
CREATE TABLE notification_address_optout (
    email       varchar(320) NOT NULL,
    kind        varchar(60)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (email, kind)
);
