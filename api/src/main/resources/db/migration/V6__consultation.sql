-- Consultations (tư vấn, phản biện và giám định xã hội), their assigned experts and opinions.

CREATE TABLE consultation (
    id                  uuid PRIMARY KEY,
    kind                varchar(20)  NOT NULL CHECK (kind IN ('advice', 'critique', 'social_assessment')),
    subject             varchar(500) NOT NULL,
    description         text,
    requesting_body     varchar(300) NOT NULL,
    request_reference   varchar(100),
    request_date        date         NOT NULL,
    deadline            date         NOT NULL,
    status              varchar(30)  NOT NULL CHECK (status IN ('received', 'experts_assigned', 'opinions_collected',
                                                                 'response_sent', 'closed', 'cancelled')),
    cancel_reason       text,
    response_text       text,
    response_reference  varchar(100),
    response_sent_on    date,
    response_sent_to    text[]       NOT NULL DEFAULT '{}',
    response_sent_by    varchar(200),
    search_key          text         NOT NULL,
    created_by          varchar(200) NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT consultation_deadline_ck CHECK (deadline >= request_date),
    CONSTRAINT consultation_cancel_reason_ck CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL)
);
CREATE INDEX consultation_status_deadline_idx ON consultation (status, deadline);
CREATE INDEX consultation_search_trgm_idx ON consultation USING gin (search_key gin_trgm_ops);

CREATE TABLE consultation_field (
    consultation_id uuid        NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    field_code      varchar(60) NOT NULL REFERENCES expertise_field (code),
    PRIMARY KEY (consultation_id, field_code)
);

CREATE TABLE consultation_assignment (
    id               uuid PRIMARY KEY,
    consultation_id  uuid         NOT NULL REFERENCES consultation (id),
    expert_id        uuid         NOT NULL REFERENCES expert (id),
    status           varchar(20)  NOT NULL CHECK (status IN ('invited', 'cleared', 'conflicted', 'accepted', 'declined',
                                                             'submitted', 'withdrawn')),
    opinion_due_on   date         NOT NULL,
    conflict_declared_at timestamptz,
    conflict_details text,
    responded_at     timestamptz,
    decline_reason   text,
    opinion_text     text,
    opinion_submitted_at timestamptz,
    assigned_by      varchar(200) NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT consultation_assignment_expert_uk UNIQUE (consultation_id, expert_id)
);
CREATE INDEX consultation_assignment_expert_idx ON consultation_assignment (expert_id, status);

-- The union's rules for using experts: one row, edited by the standing office.
CREATE TABLE consultation_rules (
    id        integer PRIMARY KEY CHECK (id = 1),
    rules     jsonb   NOT NULL,
    version   bigint  NOT NULL DEFAULT 0
);
INSERT INTO consultation_rules (id, rules) VALUES (1, '{
  "maxOpenAssignments": 3,
  "requireFieldMatch": true,
  "minimumLevel": {"advice": 30, "critique": 50, "social_assessment": 70},
  "excludeBusyPastDeadline": true
}');
