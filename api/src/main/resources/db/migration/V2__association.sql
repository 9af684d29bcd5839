-- Associations (hội thành viên), their terms (nhiệm kỳ), congresses (đại hội), leadership and officers.

CREATE TABLE association (
    id                         uuid PRIMARY KEY,
    name                       varchar(300) NOT NULL CHECK (length(btrim(name)) > 0),
    abbreviation               varchar(50),
    field                      varchar(200) NOT NULL CHECK (length(btrim(field)) > 0),
    founding_decision          varchar(300),
    founded_on                 date,
    status                     varchar(20)  NOT NULL CHECK (status IN ('active', 'suspended', 'dissolved')),
    member_count               integer      NOT NULL DEFAULT 0 CHECK (member_count >= 0),
    description                varchar(5000),
    contact_address            varchar(500),
    contact_email              varchar(254),
    contact_phone              varchar(50),
    website                    varchar(500),
    internal_notes             varchar(5000),
    -- Kept by the service whenever terms or congresses change, so that "congress due/overdue"
    -- is an indexed filter rather than a scan of every association's terms.
    current_term_end           date,
    current_term_congress_held boolean      NOT NULL DEFAULT false,
    search_key                 text GENERATED ALWAYS AS
        (f_search_key(name || ' ' || coalesce(abbreviation, '') || ' ' || field)) STORED,
    created_at                 timestamptz  NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    version                    bigint       NOT NULL
);
CREATE UNIQUE INDEX association_name_uk ON association (lower(name));
CREATE INDEX association_search_trgm_idx ON association USING gin (search_key gin_trgm_ops);
CREATE INDEX association_status_name_idx ON association (status, lower(name), id);
CREATE INDEX association_field_idx ON association (lower(field));
CREATE INDEX association_term_end_idx ON association (current_term_end) WHERE current_term_congress_held = false;

CREATE TABLE association_term (
    id             uuid PRIMARY KEY,
    association_id uuid    NOT NULL REFERENCES association (id),
    number         integer NOT NULL CHECK (number BETWEEN 1 AND 1000),
    start_date     date    NOT NULL,
    end_date       date    NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint  NOT NULL,
    CONSTRAINT association_term_dates_ck CHECK (end_date > start_date),
    CONSTRAINT association_term_number_uk UNIQUE (association_id, number),
    -- Terms of one association never overlap; the next term may start the day the previous ends.
    CONSTRAINT association_term_no_overlap EXCLUDE USING gist
        (association_id WITH =, daterange(start_date, end_date, '[)') WITH &&)
);

CREATE TABLE association_congress (
    id             uuid PRIMARY KEY,
    association_id uuid NOT NULL REFERENCES association (id),
    -- The term this congress closes (and after which the next term opens).
    term_id        uuid NOT NULL REFERENCES association_term (id),
    planned_date   date,
    held_date      date,
    decision       varchar(300),
    outcome        varchar(5000),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL,
    CONSTRAINT association_congress_term_uk UNIQUE (term_id),
    CONSTRAINT association_congress_dates_ck CHECK (planned_date IS NOT NULL OR held_date IS NOT NULL)
);
CREATE INDEX association_congress_association_idx ON association_congress (association_id);

CREATE TABLE association_leader (
    id             uuid PRIMARY KEY,
    association_id uuid NOT NULL REFERENCES association (id),
    term_id        uuid NOT NULL REFERENCES association_term (id),
    person_name    varchar(200) NOT NULL CHECK (length(btrim(person_name)) > 0),
    honorific      varchar(100),
    role           varchar(40)  NOT NULL CHECK (role IN ('president', 'vice_president', 'general_secretary',
                                                         'standing_member', 'executive_member', 'chief_inspector')),
    start_date     date NOT NULL,
    end_date       date,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint NOT NULL,
    CONSTRAINT association_leader_dates_ck CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX association_leader_association_idx ON association_leader (association_id);
CREATE INDEX association_leader_term_idx ON association_leader (term_id);
CREATE INDEX association_term_association_idx ON association_term (association_id, start_date DESC);

-- Which Keycloak users (by username) are officers of which association: the object-level
-- authorization data for the association-officer role.
CREATE TABLE association_officer (
    association_id uuid         NOT NULL REFERENCES association (id),
    username       varchar(100) NOT NULL,
    assigned_at    timestamptz  NOT NULL,
    assigned_by    varchar(200) NOT NULL,
    PRIMARY KEY (association_id, username)
);
CREATE INDEX association_officer_username_idx ON association_officer (username);
