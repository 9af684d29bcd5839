-- Free distribution of the bulletin (cấp phát miễn phí): who receives it, named lists of
-- recipients, and what was sent to whom, when and how many copies.

CREATE TABLE distribution_recipient (
    id              uuid PRIMARY KEY,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('commune', 'ward', 'town', 'department', 'partner_union', 'other')),
    name            varchar(300) NOT NULL,
    district        varchar(200),
    address         varchar(500) NOT NULL,
    contact_person  varchar(200),
    phone           varchar(50),
    -- copies sent per issue unless a list or a record says otherwise
    copies          integer      NOT NULL CHECK (copies BETWEEN 1 AND 1000),
    active          boolean      NOT NULL DEFAULT true,
    note            text,
    -- written by the service from SearchText.normalize; district_key is '' without a district so that
    -- the unique index compares it
    name_key        text         NOT NULL,
    district_key    text         NOT NULL,
    search_key      text         NOT NULL,
    created_by      varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT distribution_recipient_district_ck CHECK (kind NOT IN ('commune', 'ward', 'town') OR district IS NOT NULL)
);
-- "Xã Nghi Phong" may exist once per district, however it is spelled
CREATE UNIQUE INDEX distribution_recipient_name_uk ON distribution_recipient (kind, district_key, name_key);
CREATE INDEX distribution_recipient_district_idx ON distribution_recipient (district_key, name_key);
CREATE INDEX distribution_recipient_search_trgm_idx ON distribution_recipient USING gin (search_key gin_trgm_ops);

CREATE TABLE distribution_list (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    description text,
    name_key    text         NOT NULL,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX distribution_list_name_uk ON distribution_list (name_key);

CREATE TABLE distribution_list_member (
    list_id      uuid    NOT NULL REFERENCES distribution_list (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    recipient_id uuid    NOT NULL REFERENCES distribution_recipient (id),
    -- overrides the recipient's default copies for this list
    copies       integer CHECK (copies BETWEEN 1 AND 1000),
    PRIMARY KEY (list_id, position),
    -- deferred: reordering a list moves recipients between positions within one statement batch
    CONSTRAINT distribution_list_member_uk UNIQUE (list_id, recipient_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX distribution_list_member_recipient_idx ON distribution_list_member (recipient_id);

CREATE TABLE distribution_record (
    id                 uuid PRIMARY KEY,
    issue_id           uuid         NOT NULL REFERENCES bulletin_issue (id),
    recipient_id       uuid         NOT NULL REFERENCES distribution_recipient (id),
    -- the list the record was made from, if any
    list_id            uuid REFERENCES distribution_list (id) ON DELETE SET NULL,
    -- the recipient as it was when the copies went out: recipients are renamed and communes merge,
    -- the record of what was sent to whom must not change with them
    recipient_kind     varchar(20)  NOT NULL CHECK (recipient_kind IN ('commune', 'ward', 'town', 'department', 'partner_union', 'other')),
    recipient_name     varchar(300) NOT NULL,
    recipient_district varchar(200),
    recipient_address  varchar(500) NOT NULL,
    copies             integer      NOT NULL CHECK (copies BETWEEN 1 AND 1000),
    sent_on            date         NOT NULL,
    method             varchar(20)  NOT NULL CHECK (method IN ('post', 'in_person', 'courier', 'other')),
    note               text,
    created_by         varchar(200) NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT distribution_record_recipient_uk UNIQUE (issue_id, recipient_id)
);
CREATE INDEX distribution_record_sent_idx ON distribution_record (sent_on);
CREATE INDEX distribution_record_recipient_idx ON distribution_record (recipient_id);
CREATE INDEX distribution_record_list_idx ON distribution_record (list_id) WHERE list_id IS NOT NULL;
