#!/usr/bin/env bash
# Seeds the program and bulletin parts of the large data set into the database psql reaches
# (PGHOST/PGPORT/...), for deploy/bench/large.sh. Associations (md5('association' || n) ids, at least
# 10,000 of them) must be there already. Deterministic: the same settings give the same rows.
#
#   TASKS=50000             program tasks: 500 per term program (100 a year: 60 regular annual tasks,
#                           40 tasks of the year), so 100 programs of 34 provincial unions, khóa VII/VI/V;
#                           progress updates on every started task (1-4 each, ~2.3 on average)
#   ISSUES=5000             bulletin issues (one a month, going back from 2026-11; 1 % withdrawn, the
#                           2 newest in the editorial workflow), each with a small placeholder PDF row
#   ARTICLES_PER_ISSUE=10   articles per issue, with authors, keywords and a field
#
# Ids are md5('<kind>' || n)::uuid, so that pgbench scripts can pick the same rows at random:
# program k: md5('program' || k), task n: md5('task' || n), issue g: md5('issue' || g).
# Search keys are written as the API writes them (SearchText.normalize = lower(unaccent), spaces collapsed).
set -euo pipefail
TASKS="${TASKS:-50000}"
ISSUES="${ISSUES:-5000}"
ARTICLES_PER_ISSUE="${ARTICLES_PER_ISSUE:-10}"
psql -q -v ON_ERROR_STOP=1 -v tasks="$TASKS" -v issues="$ISSUES" -v apis="$ARTICLES_PER_ISSUE" <<'SQL'
-- tasks lead or coordinate one of the first 10,000 associations (fewer if fewer are there)
SELECT least(count(*), 10000) AS nassoc FROM association \gset
CREATE OR REPLACE FUNCTION pg_temp.norm(text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT btrim(regexp_replace(f_search_key($1), '\s+', ' ', 'g')) $$;

CREATE TEMP TABLE prov(rn int, name text);
INSERT INTO prov SELECT row_number() OVER (), n FROM unnest(ARRAY['Nghệ An','Hà Tĩnh','Thanh Hóa','Quảng Trị','Huế','Đà Nẵng',
  'Quảng Ngãi','Gia Lai','Đắk Lắk','Khánh Hòa','Lâm Đồng','Đồng Nai','Tây Ninh','Đồng Tháp','Vĩnh Long','An Giang','Cần Thơ',
  'Cà Mau','Hà Nội','Hải Phòng','Quảng Ninh','Bắc Ninh','Hưng Yên','Ninh Bình','Phú Thọ','Thái Nguyên','Tuyên Quang',
  'Lào Cai','Lạng Sơn','Cao Bằng','Điện Biên','Lai Châu','Sơn La','Thành phố Hồ Chí Minh']) AS n;
CREATE TEMP TABLE task_text(rn int, t text);
INSERT INTO task_text SELECT row_number() OVER (), n FROM unnest(ARRAY[
  'Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ',
  'Xuất bản Tập san Khoa học và Ứng dụng hằng tháng, phát hành đến các xã, phường, thị trấn',
  'Tư vấn, phản biện và giám định xã hội đối với các đề án, dự án của tỉnh',
  'Tổ chức Cuộc thi Sáng tạo thanh thiếu niên nhi đồng phối hợp với Sở Giáo dục và Đào tạo và Tỉnh đoàn',
  'Phổ biến kiến thức khoa học và công nghệ cho nông dân vùng miền núi',
  'Hướng dẫn các hội thành viên tổ chức đại hội nhiệm kỳ đúng thời hạn',
  'Tổ chức Hội nghị gặp mặt trí thức khoa học và công nghệ tiêu biểu',
  'Xây dựng cơ sở dữ liệu mạng lưới chuyên gia tư vấn, phản biện',
  'Tổ chức hội thảo khoa học về chuyển đổi số trong nông nghiệp',
  'Phát triển hội viên, thành lập mới các hội chuyên ngành',
  'Tuyên truyền về bảo vệ môi trường và ứng phó biến đổi khí hậu',
  'Kiện toàn tổ chức bộ máy cơ quan Liên hiệp hội',
  'Thẩm định đề tài, dự án ứng dụng tiến bộ kỹ thuật vào sản xuất',
  'Phối hợp với Sở Khoa học và Công nghệ triển khai Quỹ hỗ trợ hoạt động khoa học và công nghệ',
  'Tập huấn nghiệp vụ cho cán bộ các hội thành viên',
  'Sơ kết, tổng kết việc thực hiện Nghị quyết của Ban Chấp hành',
  'Hợp tác quốc tế trong lĩnh vực y tế dự phòng và an toàn thực phẩm',
  'Tổ chức diễn đàn khởi nghiệp đổi mới sáng tạo cho thanh niên',
  'Khảo sát, đánh giá nhu cầu ứng dụng công nghệ của doanh nghiệp nhỏ và vừa',
  'Biên soạn tài liệu phổ biến pháp luật về đất đai và tài nguyên nước']) AS n;
CREATE TEMP TABLE unit(rn int, name text);
INSERT INTO unit SELECT row_number() OVER (), n FROM unnest(ARRAY['Văn phòng Liên hiệp hội',
  'Ban Khoa học, Công nghệ và Tư vấn phản biện', 'Ban Thông tin phổ biến kiến thức và hội viên',
  'Ban Tổ chức - Kiểm tra', 'Trung tâm Tư vấn và Chuyển giao công nghệ', 'Tạp chí và Tập san Khoa học']) AS n;
CREATE TEMP TABLE body(rn int, name text);
INSERT INTO body SELECT row_number() OVER (), n FROM unnest(ARRAY['Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo',
  'Tỉnh đoàn', 'Sở Nội vụ', 'Sở Nông nghiệp và Môi trường', 'Sở Y tế', 'Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh']) AS n;

-- ---- programs, items, tasks, progress -----------------------------------------------------
CREATE TEMP TABLE pk AS
SELECT k, (SELECT name FROM prov WHERE rn = 1 + (k - 1) % 34) AS province,
       2024 - 5 * ((k - 1) / 34) AS start_year, (ARRAY['VII','VI','V','IV','III'])[1 + ((k - 1) / 34) % 5] AS term
FROM generate_series(1, greatest(1, ceil(:tasks / 500.0)::int)) AS k;

INSERT INTO program (id, union_name, place, term_label, start_year, end_year, document_number, document_date, title, preamble,
                     signer_title, signer, recipients, status, created_at, updated_at, version)
SELECT md5('program' || k)::uuid, 'Liên hiệp các hội Khoa học và Kỹ thuật tỉnh ' || province, province, 'khóa ' || term,
       start_year, start_year + 5, (100 + k) || '/CTr-LHH', make_date(start_year - 1, 12, 23),
       'Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Liên hiệp hội tỉnh ' || province || ' khóa ' || term
         || ', nhiệm kỳ ' || start_year || '–' || (start_year + 5),
       'Căn cứ Nghị quyết Đại hội, Ban Chấp hành Liên hiệp hội xây dựng Chương trình hành động toàn khóa như sau.',
       'TM. BAN CHẤP HÀNH – CHỦ TỊCH', 'Nguyễn Văn ' || (ARRAY['Hùng','Minh','Sơn','Thắng'])[1 + k % 4],
       ARRAY['Ban Thường vụ Tỉnh ủy', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Các hội thành viên'],
       CASE WHEN start_year = 2024 THEN 'active' ELSE 'closed' END, now(), now(), 0
FROM pk;

-- per program: 5 missions (structure only), 60 regular annual tasks (one tracked task a year), 200 tasks of a given year (40 a year)
INSERT INTO program_item (id, program_id, kind, parent_id, year, label, position, text)
SELECT md5('item' || k || '-' || j)::uuid, md5('program' || k)::uuid,
       CASE WHEN j <= 5 THEN 'mission' WHEN j <= 65 THEN 'regular_task' ELSE 'year_task' END, NULL,
       CASE WHEN j > 65 THEN start_year + (j - 66) % 5 END,
       CASE WHEN j <= 5 THEN j::text WHEN j <= 65 THEN (j - 5)::text ELSE (1 + (j - 66) / 5)::text END, j,
       CASE WHEN j <= 5 THEN 'Nhiệm vụ trọng tâm số ' || j || ': nâng cao chất lượng hoạt động của Liên hiệp hội tỉnh ' || province
            ELSE (SELECT t FROM task_text WHERE rn = 1 + (k * 7 + j) % 20) || ' (' || province || ', mục ' || j || ')' END
FROM pk, generate_series(1, 265) AS j;

CREATE TEMP TABLE tk AS
SELECT (row_number() OVER (ORDER BY pk.k, j, y))::int AS n, pk.k, j, y, start_year
FROM pk, generate_series(6, 265) AS j, generate_series(0, 4) AS yy, LATERAL (SELECT pk.start_year + yy AS y) yl
WHERE j <= 65 OR (j - 66) % 5 = yy;
DELETE FROM tk WHERE n > :tasks;

INSERT INTO program_task (id, program_id, item_id, year, short_title, lead_unit, lead_association_id, planned_start, planned_end,
                          status, latest_percent, created_at, updated_at, version)
SELECT md5('task' || n)::uuid, md5('program' || k)::uuid, md5('item' || k || '-' || j)::uuid, y,
       CASE WHEN n % 3 = 0 THEN left((SELECT t FROM task_text WHERE rn = 1 + (k * 7 + j) % 20), 60) END,
       CASE WHEN n % 10 < 3 THEN NULL ELSE (SELECT name FROM unit WHERE rn = 1 + n % 6) END,
       CASE WHEN n % 10 < 3 THEN md5('association' || (1 + n::bigint * 7919 % :nassoc))::uuid END,
       make_date(y, CASE WHEN j <= 65 THEN 1 ELSE 1 + (n % 4) * 3 END, 1),
       make_date(y, 12, 31) - CASE WHEN j > 65 THEN (n % 3) * 30 ELSE 0 END,
       CASE WHEN y < 2026 THEN (CASE WHEN n % 20 = 0 THEN 'postponed' WHEN n % 50 = 1 THEN 'cancelled'
                                     WHEN n % 9 = 0 THEN 'in_progress' ELSE 'done' END)
            WHEN y = 2026 THEN (CASE WHEN n % 4 = 0 THEN 'done' WHEN n % 7 = 0 THEN 'not_started' ELSE 'in_progress' END)
            ELSE 'not_started' END,
       NULL, now(), now(), 0
FROM tk;

-- position is the list index of ProgramTask.coordinators (@OrderColumn): from 0
INSERT INTO program_task_coordinator (task_id, position, name, association_id)
SELECT md5('task' || n)::uuid, c - 1, (SELECT name FROM body WHERE rn = 1 + (n + c * 3) % 8),
       CASE WHEN c = 2 AND n % 5 = 0 THEN md5('association' || (1 + n::bigint * 104729 % :nassoc))::uuid END
FROM tk, generate_series(1, 2) AS c
WHERE c <= 1 + n % 2;

-- 1 to 4 progress updates on every started task, the last one giving the task's percent
INSERT INTO task_progress (id, task_id, reported_on, percent, milestone, narrative, reported_by, created_at)
SELECT md5('progress' || t.n || '-' || r)::uuid, md5('task' || t.n)::uuid,
       least(DATE '2026-11-26', make_date(t.y, 1, 1) + r * 80),
       CASE WHEN p.status = 'done' AND r = 1 + t.n % 4 THEN 100 ELSE least(95, r * 100 / (2 + t.n % 4)) END,
       CASE WHEN r = 1 THEN 'Đã xây dựng kế hoạch' WHEN r = 2 THEN 'Đã tổ chức triển khai' ELSE 'Đã sơ kết, đánh giá' END,
       'Báo cáo tiến độ lần ' || r || ': đã phối hợp với ' || (SELECT name FROM body WHERE rn = 1 + (t.n + r) % 8)
         || ' triển khai các nội dung theo kế hoạch; khó khăn về kinh phí đã được tháo gỡ.',
       (ARRAY['staff', 'admin', 'officer'])[1 + r % 3],
       make_date(t.y, 1, 1) + r * 80 + time '09:30'
FROM tk t JOIN program_task p ON p.id = md5('task' || t.n)::uuid, generate_series(1, 4) AS r
WHERE p.status <> 'not_started' AND r <= 1 + t.n % 4;
UPDATE program_task p SET latest_percent = lp.percent
FROM (SELECT DISTINCT ON (task_id) task_id, percent FROM task_progress ORDER BY task_id, reported_on DESC, created_at DESC) lp
WHERE lp.task_id = p.id;

-- ---- bulletin issues and articles ---------------------------------------------------------
-- g = 1 is the newest issue (2026-11), g = ISSUES the oldest; one issue a month as the schema wants.
CREATE TEMP TABLE ik AS
SELECT g, (DATE '2026-11-01' - make_interval(months => g - 1))::date AS m, 1 + (:issues - g) / 12 AS volume, 1 + (:issues - g) % 12 AS number,
       CASE WHEN g = 1 THEN 'draft' WHEN g = 2 THEN 'in_review' WHEN g % 97 = 0 THEN 'withdrawn' ELSE 'published' END AS status
FROM generate_series(1, :issues) AS g;

INSERT INTO stored_file (id, owner_type, owner_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, created_at)
SELECT md5('pdf' || g)::uuid, 'bulletin-issue-pdf', md5('issue' || g)::uuid, 'tap-san-so-' || number || '-' || to_char(m, 'YYYY-MM') || '.pdf',
       'application/pdf', length(c), encode(sha256(c), 'hex'), c, 'staff', m + interval '8 days'
FROM ik, LATERAL (SELECT convert_to('%PDF-1.4 placeholder of issue ' || g || E'\n%%EOF', 'UTF8') AS c) x
WHERE status IN ('published', 'withdrawn');

INSERT INTO bulletin_issue (id, volume, number, issue_month, title, summary, status, published_at, published_by, withdrawn_at,
                            withdraw_reason, pdf_file_id, search_key, feed_seq, feed_change, feed_changed_at, created_by,
                            created_at, updated_at, version)
SELECT md5('issue' || g)::uuid, volume, number, m,
       'Tập san Khoa học và Ứng dụng số ' || number || ' tháng ' || extract(month FROM m) || '/' || extract(year FROM m),
       'Chủ đề chính: ' || (SELECT t FROM task_text WHERE rn = 1 + g % 20) || '.',
       status,
       CASE WHEN status IN ('published', 'withdrawn') THEN m + interval '10 days' END,
       CASE WHEN status IN ('published', 'withdrawn') THEN 'staff' END,
       CASE WHEN status = 'withdrawn' THEN m + interval '20 days' END,
       CASE WHEN status = 'withdrawn' THEN 'Phát hiện sai sót trong bài viết, thay bằng số đính chính' END,
       CASE WHEN status IN ('published', 'withdrawn') THEN md5('pdf' || g)::uuid END,
       pg_temp.norm(concat_ws(' ', 'Tập san Khoa học và Ứng dụng số ' || number || ' tháng ' || extract(month FROM m) || '/' || extract(year FROM m),
                               'Chủ đề chính: ' || (SELECT t FROM task_text WHERE rn = 1 + g % 20) || '.',
                               'so ' || number || ' ' || extract(month FROM m) || '/' || extract(year FROM m), 'tap ' || volume)),
       CASE WHEN status IN ('published', 'withdrawn') THEN :issues - g + 1 END,
       CASE WHEN status = 'withdrawn' THEN 'withdrawn' WHEN status = 'published' AND g % 13 = 0 THEN 'updated'
            WHEN status = 'published' THEN 'published' END,
       CASE WHEN status = 'withdrawn' THEN m + interval '20 days' WHEN status = 'published' THEN m + interval '10 days' END,
       'staff', m, m + interval '10 days', CASE WHEN g % 13 = 0 THEN 3 ELSE 2 END
FROM ik;
SELECT setval('bulletin_feed_seq', (SELECT coalesce(max(feed_seq), 0) + 1 FROM bulletin_issue)) \g /dev/null

CREATE TEMP TABLE ak AS
SELECT ik.g, a, (SELECT t FROM task_text WHERE rn = 1 + (ik.g * 3 + a) % 20) AS topic,
       (ARRAY['Nguyễn Văn Hùng','Trần Thị Lan','Lê Đức Minh','Phạm Thị Hương','Hoàng Quang Dũng','Võ Thị Thủy',
              'Đặng Hữu Tuấn','Bùi Thị Hằng','Hồ Sĩ Lộc','Ngô Thị Yến'])[1 + (ik.g + a) % 10] AS author1,
       (ARRAY['Đinh Văn Sơn','Phan Thị Mai','Vũ Ngọc Khánh','Dương Thanh Bình'])[1 + (ik.g * a) % 4] AS author2,
       (ARRAY['Trường Đại học Vinh','Viện Khoa học Kỹ thuật Nông nghiệp Bắc Trung Bộ','Bệnh viện Hữu nghị Đa khoa Nghệ An',
              'Sở Khoa học và Công nghệ Nghệ An','Trung tâm Khuyến nông Nghệ An'])[1 + (ik.g + 2 * a) % 5] AS affiliation,
       ARRAY[(ARRAY['chuyển đổi số','cam Vinh','biến đổi khí hậu','giáo dục STEM','y tế dự phòng','năng lượng mặt trời',
                    'xử lý nước thải','du lịch cộng đồng'])[1 + (ik.g + a) % 8], 'Nghệ An'] AS keywords
FROM ik, generate_series(1, :apis) AS a;

INSERT INTO bulletin_article (id, issue_id, position, title, abstract, keywords, authors, page_from, page_to, search_key,
                              created_by, created_at, updated_at, version)
SELECT md5('article' || g || '-' || a)::uuid, md5('issue' || g)::uuid, a,
       'Nghiên cứu ' || lower(left(topic, 1)) || substr(topic, 2) || ': kết quả và kiến nghị',
       'Bài viết trình bày kết quả khảo sát, đánh giá thực trạng và đề xuất giải pháp: ' || topic || '.',
       keywords,
       jsonb_build_array(jsonb_build_object('name', author1, 'expertId', NULL, 'affiliation', affiliation),
                         jsonb_build_object('name', author2, 'expertId', NULL, 'affiliation', affiliation)),
       1 + (a - 1) * 6, a * 6,
       pg_temp.norm(concat_ws(' ', 'Nghiên cứu ' || lower(left(topic, 1)) || substr(topic, 2) || ': kết quả và kiến nghị',
                              'Bài viết trình bày kết quả khảo sát, đánh giá thực trạng và đề xuất giải pháp: ' || topic || '.',
                              array_to_string(keywords, ' '), author1, affiliation, author2, affiliation)),
       'staff', now(), now(), 0
FROM ak;

INSERT INTO bulletin_article_field (article_id, field_code)
SELECT md5('article' || ak.g || '-' || ak.a)::uuid, f.code
FROM ak JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS n FROM expertise_field) f
  ON f.k = (ak.g + ak.a) % f.n;

ANALYZE program; ANALYZE program_item; ANALYZE program_task; ANALYZE program_task_coordinator; ANALYZE task_progress;
ANALYZE stored_file; ANALYZE bulletin_issue; ANALYZE bulletin_article; ANALYZE bulletin_article_field;
SQL
