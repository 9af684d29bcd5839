-- The youth and children's creativity contest (Cuộc thi sáng tạo thanh thiếu niên và nhi đồng):
-- yearly editions with categories and rubrics, entries registered by the office or by school and
-- district coordinators, judges with their assignments and scores, awards and national nominations.
-- Dates are calendar days in Asia/Ho_Chi_Minh, inclusive at both ends.

CREATE TABLE contest_edition (
    id                     uuid PRIMARY KEY,
    year                   integer      NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    name                   varchar(300) NOT NULL,
    description            text,
    -- co-organisers are data (Sở KH&CN, Sở GD&ĐT, Tỉnh đoàn…), in the order printed on the rules
    co_organisers          text[]       NOT NULL DEFAULT '{}',
    rules_file_id          uuid REFERENCES stored_file (id),
    registration_opens     date         NOT NULL,
    registration_closes    date         NOT NULL,
    submission_closes      date         NOT NULL,
    judging_opens          date         NOT NULL,
    judging_closes         date         NOT NULL,
    results_date           date         NOT NULL,
    -- eligibility: an author's age in full years on the day registration closes, and school grade (1–12)
    min_age                integer      NOT NULL CHECK (min_age BETWEEN 3 AND 40),
    max_age                integer      NOT NULL CHECK (max_age BETWEEN 3 AND 40),
    min_grade              integer CHECK (min_grade BETWEEN 1 AND 12),
    max_grade              integer CHECK (max_grade BETWEEN 1 AND 12),
    max_entries_per_school integer      NOT NULL CHECK (max_entries_per_school BETWEEN 1 AND 1000),
    max_authors_per_entry  integer      NOT NULL CHECK (max_authors_per_entry BETWEEN 1 AND 20),
    -- how many of each award a category gives: {"first": 1, "second": 2, "third": 3, "consolation": 4}
    award_quota            jsonb        NOT NULL,
    status                 varchar(20)  NOT NULL CHECK (status IN ('draft', 'published')),
    results_published_at   timestamptz,
    results_published_by   varchar(200),
    created_by             varchar(200) NOT NULL,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    version                bigint       NOT NULL DEFAULT 0,
    CONSTRAINT contest_edition_year_uk UNIQUE (year),
    CONSTRAINT contest_edition_phases_ck CHECK (registration_opens <= registration_closes
        AND registration_closes <= submission_closes AND submission_closes <= judging_opens
        AND judging_opens <= judging_closes AND judging_closes <= results_date),
    CONSTRAINT contest_edition_age_ck CHECK (min_age <= max_age),
    CONSTRAINT contest_edition_grade_ck CHECK (min_grade IS NULL OR max_grade IS NULL OR min_grade <= max_grade),
    CONSTRAINT contest_edition_results_ck CHECK (results_published_at IS NULL OR status = 'published')
);

CREATE TABLE contest_category (
    id          uuid PRIMARY KEY,
    edition_id  uuid         NOT NULL REFERENCES contest_edition (id) ON DELETE CASCADE,
    code        varchar(40)  NOT NULL,
    name        varchar(200) NOT NULL,
    description text,
    position    integer      NOT NULL CHECK (position BETWEEN 1 AND 1000),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT contest_category_code_uk UNIQUE (edition_id, code)
);
CREATE INDEX contest_category_edition_idx ON contest_category (edition_id, position);

-- A category's rubric: criteria with weights; a judge gives each criterion 0..max_score, and the
-- levels describe what a score means. Replaced as a whole, never once a score exists.
CREATE TABLE contest_criterion (
    id          uuid PRIMARY KEY,
    category_id uuid          NOT NULL REFERENCES contest_category (id) ON DELETE CASCADE,
    position    integer       NOT NULL CHECK (position BETWEEN 1 AND 100),
    name        varchar(200)  NOT NULL,
    description text,
    weight      numeric(7, 3) NOT NULL CHECK (weight > 0 AND weight <= 1000),
    max_score   integer       NOT NULL CHECK (max_score BETWEEN 1 AND 100),
    -- [{"score": 8, "description": "…"}], ascending by score
    levels      jsonb         NOT NULL DEFAULT '[]',
    CONSTRAINT contest_criterion_position_uk UNIQUE (category_id, position)
);

-- Accounts that register entries for a school (school contact) or a district (district coordinator);
-- they see and edit only the entries they registered.
CREATE TABLE contest_coordinator (
    id           uuid PRIMARY KEY,
    username     varchar(200) NOT NULL UNIQUE,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('school', 'district')),
    full_name    varchar(200) NOT NULL,
    email        varchar(200),
    phone        varchar(40),
    school       varchar(300),
    district     varchar(200) NOT NULL,
    -- SearchText.normalize of school and district, written by the service
    school_key   text,
    district_key text         NOT NULL,
    active       boolean      NOT NULL DEFAULT true,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT contest_coordinator_school_ck CHECK (kind <> 'school' OR school IS NOT NULL)
);

CREATE TABLE contest_entry (
    id                  uuid PRIMARY KEY,
    edition_id          uuid         NOT NULL REFERENCES contest_edition (id),
    category_id         uuid         NOT NULL REFERENCES contest_category (id),
    -- per edition, shown as e.g. "2026-007": max + 1 under the edition's row lock, so without gaps or duplicates
    number              integer      NOT NULL CHECK (number >= 1),
    title               varchar(300) NOT NULL,
    description         text         NOT NULL,
    how_it_works        text,
    video_url           varchar(1000),
    school              varchar(300) NOT NULL,
    district            varchar(200) NOT NULL,
    commune             varchar(200),
    -- {"fullName", "school", "phone", "email"}
    supervisor          jsonb,
    -- [{"fullName", "dateOfBirth", "gender", "school", "grade", "district", "commune"}] in the order printed;
    -- minors' personal data: internal, never public without consent_public
    authors             jsonb        NOT NULL DEFAULT '[]',
    consent_public      boolean      NOT NULL DEFAULT false,
    consent_recorded_at timestamptz,
    consent_recorded_by varchar(200),
    status              varchar(20)  NOT NULL CHECK (status IN
                            ('draft', 'submitted', 'eligible', 'rejected', 'judged', 'awarded', 'nominated')),
    rejection_reason    text,
    submitted_at        timestamptz,
    award               varchar(20) CHECK (award IN ('first', 'second', 'third', 'consolation', 'special')),
    award_name          varchar(300),
    award_confirmed_at  timestamptz,
    award_confirmed_by  varchar(200),
    nomination_note     text,
    nominated_at        timestamptz,
    registered_by       varchar(200) NOT NULL,
    -- SearchText.normalize of school and district (limits per school, statistics), and of the
    -- title, description, school, district and authors' names (search), written by the service
    school_key          text         NOT NULL,
    district_key        text         NOT NULL,
    search_key          text         NOT NULL,
    search_vector       tsvector     GENERATED ALWAYS AS
                            (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT contest_entry_number_uk UNIQUE (edition_id, number),
    CONSTRAINT contest_entry_rejected_ck CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL),
    CONSTRAINT contest_entry_award_ck CHECK ((award IS NOT NULL) = (status IN ('awarded', 'nominated'))),
    CONSTRAINT contest_entry_special_ck CHECK (award <> 'special' OR award_name IS NOT NULL)
);
CREATE INDEX contest_entry_edition_idx ON contest_entry (edition_id, category_id, status);
CREATE INDEX contest_entry_school_idx ON contest_entry (edition_id, school_key);
CREATE INDEX contest_entry_registrar_idx ON contest_entry (registered_by, edition_id);
CREATE INDEX contest_entry_search_idx ON contest_entry USING gin (search_vector);

-- Judges of an edition: experts of the network (expert_id) or external people; username is the
-- account that scores. schools: where the judge works or teaches (same school = conflict of interest).
CREATE TABLE contest_judge (
    id          uuid PRIMARY KEY,
    edition_id  uuid         NOT NULL REFERENCES contest_edition (id) ON DELETE CASCADE,
    full_name   varchar(200) NOT NULL,
    username    varchar(200),
    expert_id   uuid REFERENCES expert (id),
    affiliation varchar(300),
    email       varchar(200),
    phone       varchar(40),
    schools     text[]       NOT NULL DEFAULT '{}',
    -- SearchText.normalize of each school, written by the service
    school_keys text[]       NOT NULL DEFAULT '{}',
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT contest_judge_username_uk UNIQUE (edition_id, username),
    CONSTRAINT contest_judge_expert_uk UNIQUE (edition_id, expert_id)
);

-- A relation a judge declared with an entry (a relative among the authors, the supervisor…):
-- the judge may not score it.
CREATE TABLE contest_judge_relation (
    id         uuid PRIMARY KEY,
    judge_id   uuid         NOT NULL REFERENCES contest_judge (id) ON DELETE CASCADE,
    entry_id   uuid         NOT NULL REFERENCES contest_entry (id) ON DELETE CASCADE,
    note       text         NOT NULL,
    created_by varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    CONSTRAINT contest_judge_relation_uk UNIQUE (judge_id, entry_id)
);

-- A judge scores every eligible entry of an assigned category (less conflicts) and every entry
-- assigned one by one.
CREATE TABLE contest_judge_category (
    judge_id    uuid         NOT NULL REFERENCES contest_judge (id) ON DELETE CASCADE,
    category_id uuid         NOT NULL REFERENCES contest_category (id) ON DELETE CASCADE,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (judge_id, category_id)
);
CREATE TABLE contest_judge_entry (
    judge_id   uuid         NOT NULL REFERENCES contest_judge (id) ON DELETE CASCADE,
    entry_id   uuid         NOT NULL REFERENCES contest_entry (id) ON DELETE CASCADE,
    created_by varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    PRIMARY KEY (judge_id, entry_id)
);
CREATE INDEX contest_judge_entry_entry_idx ON contest_judge_entry (entry_id);

CREATE TABLE contest_score (
    id                 uuid PRIMARY KEY,
    judge_id           uuid          NOT NULL REFERENCES contest_judge (id) ON DELETE CASCADE,
    entry_id           uuid          NOT NULL REFERENCES contest_entry (id) ON DELETE CASCADE,
    -- {"<criterion id>": 8, …} and {"<criterion id>": "comment", …}
    scores             jsonb         NOT NULL DEFAULT '{}',
    criterion_comments jsonb         NOT NULL DEFAULT '{}',
    comment            text,
    -- 0–100: 100 × Σ(weight × score / max score) / Σ weight, computed on submission
    total              numeric(7, 3),
    status             varchar(20)   NOT NULL CHECK (status IN ('draft', 'submitted')),
    submitted_at       timestamptz,
    reopened_at        timestamptz,
    reopened_by        varchar(200),
    reopen_reason      text,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CONSTRAINT contest_score_uk UNIQUE (judge_id, entry_id),
    CONSTRAINT contest_score_submitted_ck CHECK (status <> 'submitted' OR (submitted_at IS NOT NULL AND total IS NOT NULL))
);
CREATE INDEX contest_score_entry_idx ON contest_score (entry_id);
