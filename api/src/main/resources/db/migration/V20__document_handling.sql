-- Handling of incoming documents (xử lý văn bản đến): the leader's instruction (bút phê), the handlers
-- with their lead, the deadline, each handler's report, the outgoing document that answers, and the state:
-- received → assigned → in_progress → done, or filed without action (with a reason).
-- An incoming document without a row here is simply "received": the row is written by the first assignment
-- (or filing), so the registry's own writes know nothing of handling.
CREATE TABLE document_handling (
    document_id         uuid PRIMARY KEY REFERENCES official_document (id),
    state               varchar(20)  NOT NULL CHECK (state IN ('received', 'assigned', 'in_progress', 'done', 'filed')),
    instruction         varchar(4000),
    deadline            date,
    lead_handler        varchar(200),
    filed_reason        varchar(2000),
    -- the outgoing document of the registry that answers this one
    answer_document_id  uuid REFERENCES official_document (id),
    assigned_by         varchar(200),
    assigned_at         timestamptz,
    closed_by           varchar(200),
    closed_at           timestamptz,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT document_handling_assigned_ck CHECK (state IN ('received', 'filed') OR (deadline IS NOT NULL AND lead_handler IS NOT NULL)),
    CONSTRAINT document_handling_filed_ck CHECK (state <> 'filed' OR filed_reason IS NOT NULL)
);
-- The office's list puts overdue documents first: open ones by deadline.
CREATE INDEX document_handling_open_idx ON document_handling (deadline) WHERE state IN ('assigned', 'in_progress');

CREATE TABLE document_handler (
    document_id  uuid         NOT NULL REFERENCES document_handling (document_id) ON DELETE CASCADE,
    username     varchar(200) NOT NULL,
    lead         boolean      NOT NULL,
    report       text,
    reported_at  timestamptz,
    PRIMARY KEY (document_id, username)
);
-- "My documents"
CREATE INDEX document_handler_username_idx ON document_handler (username, document_id);
-- One lead per document.
CREATE UNIQUE INDEX document_handler_lead_uk ON document_handler (document_id) WHERE lead;
