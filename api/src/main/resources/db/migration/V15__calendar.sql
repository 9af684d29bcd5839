-- Meetings, work items and workshops (lịch họp, lịch công tác, hội thảo khoa học).
-- Times are instants (timestamptz); the province's zone (Asia/Ho_Chi_Minh) is for display only.
CREATE TABLE calendar_event (
    id uuid PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('meeting', 'work', 'workshop')),
    title text NOT NULL,
    description text,
    agenda text,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    place text,
    online_url text,
    chair_username text,
    chair_name text,
    visibility text NOT NULL CHECK (visibility IN ('everyone', 'members', 'office', 'participants')),
    registration_open boolean NOT NULL DEFAULT false,
    capacity integer CHECK (capacity IS NULL OR capacity > 0),
    registration_closes_at timestamptz,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version bigint NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (place IS NOT NULL OR online_url IS NOT NULL),
    CHECK (NOT registration_open OR kind = 'workshop')
);
CREATE INDEX calendar_event_range ON calendar_event (starts_at, ends_at);
CREATE INDEX calendar_event_chair ON calendar_event (chair_username, starts_at) WHERE chair_username IS NOT NULL;

-- Who takes part: a user (Keycloak username), a member association, or an external body (text).
CREATE TABLE calendar_participant (
    event_id uuid NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    position integer NOT NULL,
    kind text NOT NULL CHECK (kind IN ('user', 'association', 'external')),
    username text,
    association_id uuid, -- an association id (checked by the association service; no foreign key into its tables)
    name text,
    PRIMARY KEY (event_id, position),
    CHECK ((kind = 'user' AND username IS NOT NULL) OR (kind = 'association' AND association_id IS NOT NULL)
           OR (kind = 'external' AND name IS NOT NULL))
);
CREATE INDEX calendar_participant_user ON calendar_participant (username) WHERE username IS NOT NULL;
CREATE INDEX calendar_participant_association ON calendar_participant (association_id) WHERE association_id IS NOT NULL;

-- The meeting's documents: titled links (to the document registry, a file, a web page).
CREATE TABLE calendar_event_document (
    event_id uuid NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    position integer NOT NULL,
    title text NOT NULL,
    url text NOT NULL,
    PRIMARY KEY (event_id, position)
);

-- Workshop registrations: one per e-mail address per workshop; capacity is checked under a lock on the event row.
CREATE TABLE calendar_registration (
    id uuid PRIMARY KEY,
    event_id uuid NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    full_name text NOT NULL,
    email text NOT NULL,
    organisation text,
    username text,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX calendar_registration_email ON calendar_registration (event_id, lower(email));

-- A user's personal iCalendar feed: the URL carries a secret token; only its SHA-256 is stored.
CREATE TABLE calendar_feed_token (
    username text PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
