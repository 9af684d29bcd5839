-- The expert network: managed vocabularies, profiles, their fields and affiliations.

-- Fields of expertise (lĩnh vực chuyên môn): a vocabulary the union manages.
CREATE TABLE expertise_field (
    code       varchar(60)  PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_vi    varchar(200) NOT NULL,
    name_en    varchar(200) NOT NULL,
    version    bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX expertise_field_name_uk ON expertise_field (lower(name_vi));

-- Academic titles (GS, PGS) and degrees (TSKH, TS, ThS, KS, BS…): data with a level that the
-- eligibility rules and the suggestion ranking compare.
CREATE TABLE qualification (
    code      varchar(20)  PRIMARY KEY,
    kind      varchar(10)  NOT NULL CHECK (kind IN ('title', 'degree')),
    name_vi   varchar(100) NOT NULL,
    name_en   varchar(100) NOT NULL,
    level     integer      NOT NULL CHECK (level BETWEEN 0 AND 100)
);

INSERT INTO qualification (code, kind, name_vi, name_en, level) VALUES
    ('GS',    'title',  'Giáo sư',                 'Professor',                    90),
    ('PGS',   'title',  'Phó Giáo sư',             'Associate Professor',          80),
    ('TSKH',  'degree', 'Tiến sĩ khoa học',        'Doctor of Science',            75),
    ('TS',    'degree', 'Tiến sĩ',                 'Doctor (PhD)',                 70),
    ('BSCKII','degree', 'Bác sĩ chuyên khoa II',   'Medical specialist, level II', 60),
    ('ThS',   'degree', 'Thạc sĩ',                 'Master',                       50),
    ('BSCKI', 'degree', 'Bác sĩ chuyên khoa I',    'Medical specialist, level I',  45),
    ('KS',    'degree', 'Kỹ sư',                   'Engineer',                     30),
    ('BS',    'degree', 'Bác sĩ',                  'Medical doctor',               30),
    ('KTS',   'degree', 'Kiến trúc sư',            'Architect',                    30),
    ('DS',    'degree', 'Dược sĩ',                 'Pharmacist',                   30),
    ('CN',    'degree', 'Cử nhân',                 'Bachelor',                     30);

INSERT INTO expertise_field (code, name_vi, name_en) VALUES
    ('nong-nghiep',     'Nông nghiệp',                     'Agriculture'),
    ('lam-nghiep',      'Lâm nghiệp',                      'Forestry'),
    ('thuy-loi',        'Thủy lợi',                        'Water resources'),
    ('y-te',            'Y tế',                            'Health'),
    ('duoc',            'Dược',                            'Pharmacy'),
    ('giao-duc',        'Giáo dục',                        'Education'),
    ('moi-truong',      'Môi trường',                      'Environment'),
    ('xay-dung',        'Xây dựng',                        'Construction'),
    ('giao-thong',      'Giao thông',                      'Transport'),
    ('kinh-te',         'Kinh tế',                         'Economics'),
    ('luat',            'Luật',                            'Law'),
    ('cong-nghe-thong-tin', 'Công nghệ thông tin',         'Information technology'),
    ('nang-luong',      'Năng lượng',                      'Energy'),
    ('van-hoa',         'Văn hóa, lịch sử',                'Culture and history'),
    ('khoa-hoc-xa-hoi', 'Khoa học xã hội',                 'Social sciences');

CREATE TABLE expert (
    id                       uuid PRIMARY KEY,
    username                 varchar(200) UNIQUE,
    full_name                varchar(200) NOT NULL,
    title_code               varchar(20) REFERENCES qualification (code),
    degree_code              varchar(20) REFERENCES qualification (code),
    position                 varchar(300),
    organisation             varchar(300),
    biography                text,
    publications             jsonb        NOT NULL DEFAULT '[]',
    orcid                    varchar(19),
    languages                text[]       NOT NULL DEFAULT '{}',
    keywords                 text[]       NOT NULL DEFAULT '{}',
    contact_email            varchar(254),
    contact_phone            varchar(40),
    contact_address          varchar(500),
    availability             varchar(20)  NOT NULL CHECK (availability IN ('available', 'busy', 'retired')),
    busy_until               date,
    membership               varchar(20)  NOT NULL CHECK (membership IN ('proposed', 'active')),
    proposed_by              varchar(200),
    profile_visibility       varchar(20)  NOT NULL CHECK (profile_visibility IN ('public', 'partners', 'internal')),
    biography_visibility     varchar(20)  NOT NULL CHECK (biography_visibility IN ('public', 'partners', 'internal')),
    contact_visibility       varchar(20)  NOT NULL CHECK (contact_visibility IN ('public', 'partners', 'internal')),
    availability_visibility  varchar(20)  NOT NULL CHECK (availability_visibility IN ('public', 'partners', 'internal')),
    -- Written by the service from SearchText.normalize (same result as f_search_key):
    -- the name alone, and everything searchable (name, qualifications, fields, keywords, organisation).
    name_key                 text         NOT NULL,
    search_key               text         NOT NULL,
    -- the words of search_key, for word-prefix queries ("nguyen van hun") through a GIN index; split on
    -- anything but letters and digits, as SearchText.words splits queries ("2019-2024" is two words, not 2019 and -2024)
    search_vector            tsvector     GENERATED ALWAYS AS
                                 (to_tsvector('simple', regexp_replace(search_key, '[^[:alnum:]]+', ' ', 'g'))) STORED,
    created_at               timestamptz  NOT NULL,
    updated_at               timestamptz  NOT NULL,
    version                  bigint       NOT NULL DEFAULT 0,
    CONSTRAINT expert_busy_until_ck CHECK (availability <> 'busy' OR busy_until IS NOT NULL),
    CONSTRAINT expert_orcid_ck CHECK (orcid IS NULL OR orcid ~ '^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$')
);
CREATE UNIQUE INDEX expert_orcid_uk ON expert (orcid);
-- Words (every word a prefix of a word of the profile) through the text index; a name typed with
-- a typo through the trigram index of the name (word similarity).
CREATE INDEX expert_search_vector_idx ON expert USING gin (search_vector);
CREATE INDEX expert_name_trgm_idx ON expert USING gin (name_key gin_trgm_ops);
CREATE INDEX expert_name_order_idx ON expert (name_key, id);

CREATE TABLE expert_field (
    expert_id  uuid        NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    field_code varchar(60) NOT NULL REFERENCES expertise_field (code),
    PRIMARY KEY (expert_id, field_code)
);
CREATE INDEX expert_field_code_idx ON expert_field (field_code, expert_id);

-- An affiliation goes with its association: the expert stays, the link does not.
CREATE TABLE expert_association (
    expert_id      uuid NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    association_id uuid NOT NULL REFERENCES association (id) ON DELETE CASCADE,
    PRIMARY KEY (expert_id, association_id)
);
CREATE INDEX expert_association_assoc_idx ON expert_association (association_id, expert_id);

-- The links again, as arrays on the profile, kept by the database itself: the search counts its
-- facets over thousands of hits without joining (vn.lhh.expert.ExpertRepository.search).
ALTER TABLE expert ADD COLUMN field_codes text[] NOT NULL DEFAULT '{}',
                   ADD COLUMN association_ids uuid[] NOT NULL DEFAULT '{}';

CREATE FUNCTION expert_links_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE expert e
    SET field_codes = ARRAY(SELECT f.field_code FROM expert_field f WHERE f.expert_id = e.id ORDER BY 1),
        association_ids = ARRAY(SELECT a.association_id FROM expert_association a WHERE a.expert_id = e.id ORDER BY 1)
    WHERE e.id IN (SELECT expert_id FROM changed);
    RETURN NULL;
END $$;
CREATE TRIGGER expert_field_added AFTER INSERT ON expert_field REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION expert_links_sync();
CREATE TRIGGER expert_field_removed AFTER DELETE ON expert_field REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION expert_links_sync();
CREATE TRIGGER expert_association_added AFTER INSERT ON expert_association REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION expert_links_sync();
CREATE TRIGGER expert_association_removed AFTER DELETE ON expert_association REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION expert_links_sync();
