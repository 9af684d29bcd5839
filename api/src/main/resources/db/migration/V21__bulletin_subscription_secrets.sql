-- Bulletin subscriptions (issue #17): the database keeps only the SHA-256 of the links' secrets. From now on the
-- confirmation and unsubscribe secrets are derived from a random nonce with the server's key
-- (lhh.notifications.link-key, see vn.lhh.notification.service.LinkSecrets): the nonce alone confirms nothing.
ALTER TABLE bulletin_subscription ADD COLUMN unsubscribe_token_hash varchar(64);
ALTER TABLE bulletin_subscription ADD COLUMN link_nonce varchar(43);
-- the secrets already mailed keep working: their hash is what a link is looked up by
UPDATE bulletin_subscription SET unsubscribe_token_hash = encode(sha256(convert_to(unsubscribe_token, 'UTF8')), 'hex');
ALTER TABLE bulletin_subscription ALTER COLUMN unsubscribe_token_hash SET NOT NULL;
DROP INDEX bulletin_subscription_unsubscribe_uk;
ALTER TABLE bulletin_subscription DROP COLUMN unsubscribe_token;
CREATE UNIQUE INDEX bulletin_subscription_unsubscribe_uk ON bulletin_subscription (unsubscribe_token_hash);

-- The outbox kept the secrets in the confirmation mails' links and in every bulletin mail's data: removed. A
-- confirmation mail not yet sent cannot be sent without its secret (the address signs up again); an issue's mail
-- still carries the one-click unsubscribe header.
UPDATE notification SET delivery_status = 'skipped', next_attempt_at = NULL, last_error = 'link secret removed (V21)'
WHERE kind = 'bulletin-subscription-confirm' AND delivery_status = 'pending';
UPDATE notification SET link = regexp_replace(link, 'token=[A-Za-z0-9_-]*', 'token=removed')
WHERE kind = 'bulletin-subscription-confirm' AND link LIKE '%token=%';
UPDATE notification
SET data = jsonb_set(data, '{subscriptionUnsubscribeUrl}',
                     to_jsonb(regexp_replace(data ->> 'subscriptionUnsubscribeUrl', 'token=[A-Za-z0-9_-]*', 'token=removed')))
WHERE kind IN ('bulletin-subscription-confirm', 'bulletin-issue-published') AND data ->> 'subscriptionUnsubscribeUrl' IS NOT NULL;
