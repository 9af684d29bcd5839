#!/usr/bin/env bash
# Seeds the youth creativity contest part of the large data set (V10__contest.sql) into the database
# psql reaches, for deploy/bench/large.sh. Experts (md5('expert' || n) ids, at least 200) must be there.
#
#   ENTRIES=50000   entries, spread over 10 yearly editions (2017-2026) of 6 categories each; the past
#                   editions judged (awards, national nominations, a few rejections), the 2026 one open
#   JUDGES=20       judges per edition (experts of the network), each assigned one category
#
# Ids are md5('<kind>' || n)::uuid: edition y: md5('edition' || y), entry n: md5('entry' || n).
# Keys are written as the service writes them (SearchText.normalize: lower(unaccent), spaces collapsed).
set -euo pipefail
ENTRIES="${ENTRIES:-50000}"
JUDGES="${JUDGES:-20}"
psql -q -v ON_ERROR_STOP=1 -v entries="$ENTRIES" -v judges="$JUDGES" <<'SQL'
CREATE OR REPLACE FUNCTION pg_temp.norm(text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT btrim(regexp_replace(f_search_key($1), '\s+', ' ', 'g')) $$;
CREATE TEMP TABLE school(rn int, name text, district text);
INSERT INTO school SELECT row_number() OVER (), s, d FROM (VALUES
  ('Trường THPT chuyên Phan Bội Châu', 'Thành phố Vinh'), ('Trường THPT Huỳnh Thúc Kháng', 'Thành phố Vinh'),
  ('Trường THCS Đặng Thai Mai', 'Thành phố Vinh'), ('Trường THPT Nguyễn Du', 'Huyện Nghi Lộc'),
  ('Trường THPT Diễn Châu 2', 'Huyện Diễn Châu'), ('Trường THCS Lý Nhật Quang', 'Huyện Đô Lương'),
  ('Trường THPT Quỳnh Lưu 1', 'Thị xã Hoàng Mai'), ('Trường THPT Thái Hòa', 'Thị xã Thái Hòa'),
  ('Trường THCS Cao Xuân Huy', 'Huyện Diễn Châu'), ('Trường THPT Anh Sơn 1', 'Huyện Anh Sơn'),
  ('Trường Tiểu học Hưng Dũng 1', 'Thành phố Vinh'), ('Trường THPT Con Cuông', 'Huyện Con Cuông'),
  ('Trường THCS Bạch Liêu', 'Huyện Yên Thành'), ('Trường THPT Kỳ Sơn', 'Huyện Kỳ Sơn'),
  ('Trường PT Dân tộc nội trú tỉnh', 'Thành phố Vinh'), ('Trường THPT Cửa Lò', 'Thị xã Cửa Lò'),
  ('Trường THCS Hồ Xuân Hương', 'Huyện Quỳnh Lưu'), ('Trường THPT Nam Đàn 1', 'Huyện Nam Đàn'),
  ('Trường THPT Thanh Chương 1', 'Huyện Thanh Chương'), ('Trường THPT Tương Dương 1', 'Huyện Tương Dương')) AS v(s, d);
CREATE TEMP TABLE cat(rn int, code text, name text);
INSERT INTO cat VALUES (1, 'ky-thuat-co-khi', 'Kỹ thuật cơ khí'), (2, 'tin-hoc-ung-dung', 'Tin học ứng dụng'),
  (3, 'moi-truong', 'Môi trường'), (4, 'nong-nghiep-sinh-hoc', 'Nông nghiệp, sinh học'),
  (5, 'y-te-suc-khoe', 'Y tế, sức khỏe'), (6, 'do-dung-hoc-tap', 'Đồ dùng học tập');
CREATE TEMP TABLE idea(rn int, t text);
INSERT INTO idea SELECT row_number() OVER (), n FROM unnest(ARRAY['Máy tưới cây tự động dùng năng lượng mặt trời',
  'Thùng rác phân loại thông minh', 'Robot hỗ trợ người khuyết tật', 'Hệ thống cảnh báo lũ sớm cho vùng núi',
  'Mô hình nhà kính trồng rau sạch', 'Ứng dụng học tiếng Anh cho học sinh dân tộc thiểu số', 'Máy bóc vỏ lạc cải tiến',
  'Thiết bị lọc nước nhiễm phèn', 'Gậy thông minh cho người khiếm thị', 'Phần mềm quản lý thư viện trường học',
  'Chế phẩm sinh học xử lý rơm rạ', 'Mô hình điện gió mini', 'Bộ thí nghiệm vật lý từ vật liệu tái chế',
  'Hộp thuốc nhắc giờ uống cho người cao tuổi', 'Hệ thống nuôi tôm tuần hoàn']) AS n;
CREATE TEMP TABLE pupil(rn int, pname text);
INSERT INTO pupil SELECT row_number() OVER (), n FROM unnest(ARRAY['Nguyễn Minh Anh','Trần Gia Huy','Lê Thị Ngọc Hân',
  'Phạm Đức Thịnh','Hoàng Bảo Châu','Võ Quang Khải','Đặng Thùy Linh','Bùi Tiến Đạt','Hồ Phương Thảo','Ngô Nhật Nam',
  'Đinh Khánh Vy','Phan Hữu Phước']) AS n;

INSERT INTO contest_edition (id, year, name, description, co_organisers, registration_opens, registration_closes, submission_closes,
                             judging_opens, judging_closes, results_date, min_age, max_age, min_grade, max_grade,
                             max_entries_per_school, max_authors_per_entry, award_quota, status, results_published_at,
                             results_published_by, created_by, created_at, updated_at, version)
SELECT md5('edition' || y)::uuid, y, 'Cuộc thi Sáng tạo thanh thiếu niên và nhi đồng tỉnh Nghệ An lần thứ ' || (y - 2004),
       'Do Liên hiệp hội, Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo và Tỉnh đoàn phối hợp tổ chức.',
       ARRAY['Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Tỉnh đoàn'],
       make_date(y, 3, 1), make_date(y, 6, 30), make_date(y, 8, 31), make_date(y, 9, 1), make_date(y, 10, 15), make_date(y, 10, 31),
       6, 20, 1, 12, 1000, 3, '{"first": 1, "second": 2, "third": 3, "consolation": 4}'::jsonb, 'published',
       CASE WHEN y < 2026 THEN make_date(y, 10, 31) + time '10:00' END, CASE WHEN y < 2026 THEN 'admin' END,
       'admin', make_date(y, 2, 1), make_date(y, 10, 31), 1
FROM generate_series(2017, 2026) AS y;

INSERT INTO contest_category (id, edition_id, code, name, description, position, created_at, updated_at)
SELECT md5('category' || y || '-' || c.rn)::uuid, md5('edition' || y)::uuid, c.code, c.name,
       'Lĩnh vực ' || lower(c.name), c.rn, make_date(y, 2, 1), make_date(y, 2, 1)
FROM generate_series(2017, 2026) AS y, cat c;

INSERT INTO contest_criterion (id, category_id, position, name, description, weight, max_score, levels)
SELECT md5('criterion' || y || '-' || c.rn || '-' || k)::uuid, md5('category' || y || '-' || c.rn)::uuid, k,
       (ARRAY['Tính sáng tạo', 'Tính khoa học', 'Khả năng ứng dụng', 'Trình bày'])[k], NULL,
       (ARRAY[35, 25, 30, 10])[k], 10, '[{"score": 5, "description": "Đạt"}, {"score": 8, "description": "Tốt"}]'::jsonb
FROM generate_series(2017, 2026) AS y, cat c, generate_series(1, 4) AS k;

CREATE TEMP TABLE ek AS
SELECT n, 2017 + (n - 1) % 10 AS y, 1 + ((n - 1) / 10) AS num, 1 + n % 6 AS c, 1 + n % 20 AS s, 1 + n % 15 AS i,
       1 + n % 3 AS authors, abs(hashtext('entry' || n)) % 1000 AS h
FROM generate_series(1, :entries) AS n;

INSERT INTO contest_entry (id, edition_id, category_id, number, title, description, how_it_works, school, district, commune,
                           supervisor, authors, consent_public, consent_recorded_at, consent_recorded_by, status, rejection_reason,
                           submitted_at, award, award_name, award_confirmed_at, award_confirmed_by, nomination_note, nominated_at,
                           registered_by, school_key, district_key, search_key, created_at, updated_at, version)
SELECT md5('entry' || n)::uuid, md5('edition' || y)::uuid, md5('category' || y || '-' || c)::uuid, num,
       i.t || ' (mẫu ' || num || ')',
       'Sản phẩm ' || lower(left(i.t, 1)) || substr(i.t, 2) || ' do học sinh tự thiết kế, chế tạo từ vật liệu dễ tìm ở địa phương.',
       'Nguyên lý hoạt động: cảm biến đo, bộ điều khiển xử lý và cơ cấu chấp hành thực hiện.',
       sc.name, sc.district, NULL,
       jsonb_build_object('fullName', 'Thầy ' || (SELECT pname FROM pupil WHERE rn = 1 + (n + 5) % 12), 'school', sc.name),
       au.authors, h < 700, CASE WHEN h < 700 THEN make_date(y, 5, 1) + time '08:00' END, CASE WHEN h < 700 THEN 'staff' END,
       st.status, CASE WHEN st.status = 'rejected' THEN 'Không đúng thể lệ: sản phẩm đã đạt giải ở cuộc thi khác' END,
       CASE WHEN st.status <> 'draft' THEN make_date(y, 6, 1) + (h % 60) END,
       st.award, NULL, CASE WHEN st.award IS NOT NULL THEN make_date(y, 10, 31) + time '09:00' END,
       CASE WHEN st.award IS NOT NULL THEN 'admin' END,
       CASE WHEN st.status = 'nominated' THEN 'Đề cử dự Cuộc thi toàn quốc' END,
       CASE WHEN st.status = 'nominated' THEN make_date(y, 11, 15) + time '09:00' END,
       'staff', pg_temp.norm(sc.name), pg_temp.norm(sc.district),
       pg_temp.norm(concat_ws(' ', i.t || ' (mẫu ' || num || ')',
                              'Sản phẩm ' || lower(left(i.t, 1)) || substr(i.t, 2) || ' do học sinh tự thiết kế, chế tạo từ vật liệu dễ tìm ở địa phương.',
                              sc.name, sc.district, au.names)),
       make_date(y, 4, 1) + (h % 60), make_date(y, 10, 31), 2
FROM ek
JOIN school sc ON sc.rn = ek.s
JOIN idea i ON i.rn = ek.i
CROSS JOIN LATERAL (
  SELECT jsonb_agg(jsonb_build_object('fullName', p.pname, 'dateOfBirth', make_date(y - 10 - (ek.n + k) % 7, 1 + k * 3, 10),
                                      'gender', CASE WHEN (ek.n + k) % 2 = 0 THEN 'female' ELSE 'male' END, 'school', sc.name,
                                      'grade', 4 + (ek.n + k) % 8, 'district', sc.district, 'commune', NULL) ORDER BY k) AS authors,
         string_agg(p.pname, ' ' ORDER BY k) AS names
  FROM generate_series(1, ek.authors) AS k JOIN pupil p ON p.rn = 1 + (ek.n + k * 5) % 12) au
CROSS JOIN LATERAL (
  SELECT CASE WHEN y = 2026 THEN (CASE WHEN h < 100 THEN 'draft' WHEN h < 600 THEN 'submitted' ELSE 'eligible' END)
              WHEN h < 40 THEN 'rejected' WHEN h < 45 THEN 'nominated' WHEN h < 100 THEN 'awarded' ELSE 'judged' END AS status,
         CASE WHEN y < 2026 AND h >= 40 AND h < 100 THEN
              (CASE WHEN h < 50 THEN 'first' WHEN h < 60 THEN 'second' WHEN h < 75 THEN 'third' ELSE 'consolation' END) END AS award) st;

INSERT INTO contest_judge (id, edition_id, full_name, username, expert_id, affiliation, schools, school_keys, created_at, updated_at)
SELECT md5('judge' || y || '-' || j)::uuid, md5('edition' || y)::uuid, x.full_name, CASE WHEN j <= 2 THEN 'expert' || CASE WHEN j = 2 THEN '2' ELSE '' END END,
       x.id, x.organisation, ARRAY[]::text[], ARRAY[]::text[], make_date(y, 8, 1), make_date(y, 8, 1)
FROM generate_series(2017, 2026) AS y, generate_series(1, :judges) AS j
JOIN expert x ON x.id = md5('expert' || (j * 37))::uuid;
INSERT INTO contest_judge_category (judge_id, category_id, created_by, created_at)
SELECT md5('judge' || y || '-' || j)::uuid, md5('category' || y || '-' || (1 + j % 6))::uuid, 'admin', make_date(y, 8, 2)
FROM generate_series(2017, 2026) AS y, generate_series(1, :judges) AS j
WHERE EXISTS (SELECT 1 FROM contest_judge WHERE id = md5('judge' || y || '-' || j)::uuid);

ANALYZE contest_edition; ANALYZE contest_category; ANALYZE contest_criterion; ANALYZE contest_entry;
ANALYZE contest_judge; ANALYZE contest_judge_category;
SQL
