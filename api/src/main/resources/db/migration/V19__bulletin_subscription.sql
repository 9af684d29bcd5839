-- Bulletin subscriptions (the free distribution by e-mail): double opt-in, one row per address.
-- The confirmation secret is stored only as its SHA-256 (hex). The unsubscribe secret is stored as is: every
-- bulletin mail carries it, and it can do nothing but end the subscription.
CREATE TABLE bulletin_subscription (
    id                  uuid PRIMARY KEY,
    -- as entered (trimmed, NFC); email_key (lower case) is what is unique
    email               varchar(254) NOT NULL,
    email_key           varchar(254) NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
    -- language of the mails: 'vi' (default) or 'en'
    language            varchar(5)   NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en')),
    confirm_token_hash  varchar(64),
    confirm_expires_at  timestamptz,
    -- every mail's unsubscribe link carries it (a new one with each sign-up)
    unsubscribe_token   varchar(64)  NOT NULL,
    created_at          timestamptz  NOT NULL,
    confirmed_at        timestamptz,
    unsubscribed_at     timestamptz,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT bulletin_subscription_pending_ck CHECK (status <> 'pending' OR (confirm_token_hash IS NOT NULL AND confirm_expires_at IS NOT NULL))
);
CREATE UNIQUE INDEX bulletin_subscription_email_uk ON bulletin_subscription (email_key);
CREATE UNIQUE INDEX bulletin_subscription_confirm_uk ON bulletin_subscription (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
CREATE UNIQUE INDEX bulletin_subscription_unsubscribe_uk ON bulletin_subscription (unsubscribe_token);
-- the mailing walks confirmed subscribers in id order
CREATE INDEX bulletin_subscription_confirmed_idx ON bulletin_subscription (id) WHERE status = 'confirmed';

-- One mailing per published issue, written in the transaction that publishes it; the mailing job sends it to
-- confirmed subscribers in batches, moving last_subscription_id forward (a claimed row is locked FOR UPDATE SKIP
-- LOCKED, so instances share the work; the outbox's unique key keeps each subscriber's mail single anyway).
CREATE TABLE bulletin_mailing (
    issue_id              uuid PRIMARY KEY REFERENCES bulletin_issue (id),
    created_at            timestamptz NOT NULL,
    last_subscription_id  uuid,
    queued                integer     NOT NULL DEFAULT 0,
    finished_at           timestamptz
);
CREATE INDEX bulletin_mailing_open_idx ON bulletin_mailing (created_at) WHERE finished_at IS NULL;
