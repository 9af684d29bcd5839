-- A workshop registration holds a seat only once confirmed from the registrant's e-mail (double opt-in):
-- until then it is pending, with the SHA-256 of its link's secret and the time the link expires.
-- Registrations made before this rule stand as confirmed.
ALTER TABLE calendar_registration
    ADD COLUMN confirmed_at timestamptz,
    ADD COLUMN confirm_token_hash text,
    ADD COLUMN confirm_expires_at timestamptz;
UPDATE calendar_registration SET confirmed_at = created_at;
ALTER TABLE calendar_registration
    ADD CONSTRAINT calendar_registration_pending CHECK (
        confirmed_at IS NOT NULL OR (confirm_token_hash IS NOT NULL AND confirm_expires_at IS NOT NULL));
CREATE UNIQUE INDEX calendar_registration_confirm_token ON calendar_registration (confirm_token_hash)
    WHERE confirm_token_hash IS NOT NULL;
-- the seat count and the office's list read confirmed registrations only
CREATE INDEX calendar_registration_confirmed ON calendar_registration (event_id) WHERE confirmed_at IS NOT NULL;
