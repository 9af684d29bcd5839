-- The document registry (sổ đăng ký văn bản đi, đến): the union's outgoing official documents,
-- numbered by the system per document type and year (106/CTr-LHH), and the incoming ones it
-- receives, each given a registry entry number (số đến) per year.

-- The last number given out, per direction, type and year. Taken and incremented by one
-- INSERT ... ON CONFLICT DO UPDATE in the transaction that registers the document: the row stays
-- locked until that transaction ends, and a registration that fails rolls its number back with it,
-- so numbers have neither gaps nor duplicates. Incoming documents share one counter per year
-- (type_code '-').
CREATE TABLE document_counter (
    direction    varchar(10) NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    type_code    varchar(10) NOT NULL,
    year         integer     NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    last_number  integer     NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (direction, type_code, year)
);

CREATE TABLE official_document (
    id                  uuid PRIMARY KEY,
    direction           varchar(10)  NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    doc_type            varchar(30)  NOT NULL,
    -- outgoing: the number of the symbol (106 in 106/CTr-LHH); incoming: the registry entry number (số đến)
    number              integer      NOT NULL CHECK (number >= 1),
    year                integer      NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    -- the numbering series the number belongs to (the counter's type_code)
    series              varchar(10)  NOT NULL,
    -- outgoing: the full symbol given by the system; incoming: the sender's number and symbol
    symbol              varchar(100) NOT NULL,
    document_date       date         NOT NULL,
    received_on         date,
    subject             varchar(1000) NOT NULL,
    signer              varchar(200),
    signer_title        varchar(200),
    issuing_body        varchar(300) NOT NULL,
    drafting_unit       varchar(20),
    note                text,
    file_id             uuid REFERENCES stored_file (id),
    -- what the document concerns; checked through the features' services when written
    program_task_id     uuid,
    consultation_id     uuid,
    bulletin_issue_id   uuid,
    contest_edition_id  uuid,
    search_key          text         NOT NULL,
    number_key          text         NOT NULL,
    created_by          varchar(200) NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT official_document_received_ck CHECK (direction = 'outgoing' OR received_on IS NOT NULL)
);
-- The guarantee behind the counter: one number per series and year.
CREATE UNIQUE INDEX official_document_number_uk ON official_document (direction, series, year, number);
CREATE INDEX official_document_date_idx ON official_document (document_date DESC, id);
CREATE INDEX official_document_created_idx ON official_document (created_at DESC, id);
CREATE INDEX official_document_type_idx ON official_document (doc_type, document_date DESC);
CREATE INDEX official_document_search_idx ON official_document USING gin (search_key gin_trgm_ops);
CREATE INDEX official_document_number_key_idx ON official_document USING gin (number_key gin_trgm_ops);

-- Nơi nhận: the bodies a document is addressed to (outgoing) or passed on to (incoming). A recipient
-- that is a member association lets that association's officers read the document.
CREATE TABLE official_document_recipient (
    document_id     uuid         NOT NULL REFERENCES official_document (id) ON DELETE CASCADE,
    position        integer      NOT NULL,
    name            varchar(300) NOT NULL,
    association_id  uuid REFERENCES association (id),
    PRIMARY KEY (document_id, position)
);
CREATE INDEX official_document_recipient_association_idx ON official_document_recipient (association_id, document_id);
