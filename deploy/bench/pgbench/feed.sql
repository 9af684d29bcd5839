\set c random(0, @FEED_MAX@)
SELECT * FROM bulletin_issue WHERE feed_seq > :c ORDER BY feed_seq LIMIT @SIZE1@;
SELECT a.* FROM bulletin_article a
 WHERE a.issue_id IN (SELECT id FROM bulletin_issue WHERE feed_seq > :c ORDER BY feed_seq LIMIT @SIZE@) ORDER BY a.position, a.id;
SELECT f.id, f.owner_type, f.owner_id, f.file_name, f.content_type, f.size_bytes, f.sha256, f.created_at FROM stored_file f
 WHERE f.id IN (SELECT pdf_file_id FROM bulletin_issue WHERE feed_seq > :c ORDER BY feed_seq LIMIT @SIZE@);
SELECT af.* FROM bulletin_article_field af
 WHERE af.article_id IN (SELECT a.id FROM bulletin_article a
                         WHERE a.issue_id IN (SELECT id FROM bulletin_issue WHERE feed_seq > :c ORDER BY feed_seq LIMIT @SIZE@));
