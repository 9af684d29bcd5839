#!/usr/bin/env bash
# Seeds EXPERTS (default 100000) generated expert profiles into the database psql reaches
# (PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE), for deploy/bench/bench.sh. Deterministic: the
# same count gives the same data. Names follow the Vietnamese surname distribution (Nguyễn ≈ 38 %),
# so a full name like "Nguyễn Văn Hùng" matches about a hundred profiles, as it would in a province.
set -euo pipefail
EXPERTS="${EXPERTS:-100000}"
EXPERTS_FROM="${EXPERTS_FROM:-1}"   # first number: EXPERTS_FROM=10001 EXPERTS=100000 grows a 10,000-expert set to 100,000
psql -q -v ON_ERROR_STOP=1 -v n="$EXPERTS" -v from="$EXPERTS_FROM" <<'SQL'
CREATE TEMP TABLE pick_assoc AS SELECT id, row_number() OVER (ORDER BY id) AS rn FROM association;
CREATE TEMP TABLE given(rn int, name text);
INSERT INTO given SELECT row_number() OVER (), n FROM unnest(ARRAY['Hùng','Hà','Lan','Minh','Hương','Dũng','Tuấn','Hải','Hằng','Nam',
  'Long','Phương','Thảo','Linh','Trang','Sơn','Bình','Cường','Thắng','Hoa','Mai','Tâm','Quân','Khánh','Hiếu','Đức','Trung','Việt',
  'Huy','Phúc','Vinh','Thủy','Yến','Nga','Loan','Hạnh','Nhung','Tú','Lộc','Tài','Thành','Hòa','Hiền','Giang','Hưng','Kiên','Toàn',
  'Thịnh','Dương','An']) AS n;
CREATE TEMP TABLE middle(rn int, name text);
INSERT INTO middle SELECT row_number() OVER (), n FROM unnest(ARRAY['Văn','Thị','Văn','Thị','Đức','Hữu','Minh','Quang','Thanh',
  'Ngọc','Đình','Xuân','Công','Hồng','Kim','Anh']) AS n;
CREATE TEMP TABLE org(rn int, name text);
INSERT INTO org SELECT row_number() OVER (), n FROM unnest(ARRAY['Trường Đại học Vinh','Trường Đại học Y khoa Vinh',
  'Trường Đại học Sư phạm Kỹ thuật Vinh','Sở Nông nghiệp và Môi trường Nghệ An','Sở Khoa học và Công nghệ Nghệ An',
  'Bệnh viện Hữu nghị Đa khoa Nghệ An','Bệnh viện Sản Nhi Nghệ An','Viện Khoa học Kỹ thuật Nông nghiệp Bắc Trung Bộ',
  'Trung tâm Khuyến nông Nghệ An','Công ty Cổ phần Tư vấn Xây dựng Nghệ An','Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An',
  'Ban Quản lý Khu kinh tế Đông Nam','Sở Giao thông Vận tải Nghệ An','Trường THPT chuyên Phan Bội Châu',
  'Viện Nghiên cứu Kinh tế - Xã hội Nghệ An','Sở Tài nguyên và Môi trường Nghệ An','Công ty Thủy lợi Bắc Nghệ An',
  'Trung tâm Quan trắc Môi trường Nghệ An','Hội Luật gia tỉnh Nghệ An','Bảo tàng Nghệ An']) AS n;
CREATE TEMP TABLE kw(rn int, name text);
INSERT INTO kw SELECT row_number() OVER (), n FROM unnest(ARRAY['tưới tiết kiệm','cam Vinh','chè Thanh Chương','lúa chất lượng cao',
  'bò sữa','nuôi tôm','rừng trồng','đê điều','cầu đường bộ','năng lượng mặt trời','y tế dự phòng','sức khỏe sinh sản',
  'dược liệu','giáo dục STEM','chuyển đổi số','quy hoạch đô thị','biến đổi khí hậu','xử lý nước thải','di sản văn hóa',
  'kinh tế biển','pháp luật đất đai','an toàn thực phẩm','phòng chống thiên tai','logistics','du lịch cộng đồng']) AS n;

-- h(k): a per-row, per-purpose number in 0..999 (deterministic)
CREATE TEMP TABLE seed AS
SELECT g,
       abs(hashtext(g || 's')) % 1000 AS hs, abs(hashtext(g || 'm')) % 16 + 1 AS hm, abs(hashtext(g || 'g')) % 50 + 1 AS hg,
       abs(hashtext(g || 't')) % 1000 AS ht, abs(hashtext(g || 'd')) % 1000 AS hd, abs(hashtext(g || 'o')) % 20 + 1 AS ho,
       abs(hashtext(g || 'a')) % 1000 AS ha, abs(hashtext(g || 'v')) % 1000 AS hv, abs(hashtext(g || 'k')) % 25 + 1 AS hk,
       abs(hashtext(g || 'k2')) % 25 + 1 AS hk2, abs(hashtext(g || 'x')) % 1000 AS hx
FROM generate_series(:from, :n) AS g;

INSERT INTO expert (id, full_name, title_code, degree_code, position, organisation, biography, keywords, languages,
                    contact_email, contact_phone, availability, busy_until, membership, profile_visibility, biography_visibility,
                    contact_visibility, availability_visibility, name_key, search_key, created_at, updated_at)
SELECT md5('expert' || s.g)::uuid,
       CASE WHEN s.hs < 380 THEN 'Nguyễn' WHEN s.hs < 490 THEN 'Trần' WHEN s.hs < 585 THEN 'Lê' WHEN s.hs < 655 THEN 'Phạm'
            WHEN s.hs < 705 THEN 'Hoàng' WHEN s.hs < 745 THEN 'Huỳnh' WHEN s.hs < 790 THEN 'Phan' WHEN s.hs < 830 THEN 'Vũ'
            WHEN s.hs < 869 THEN 'Võ' WHEN s.hs < 890 THEN 'Đặng' WHEN s.hs < 910 THEN 'Bùi' WHEN s.hs < 924 THEN 'Đỗ'
            WHEN s.hs < 937 THEN 'Hồ' WHEN s.hs < 950 THEN 'Ngô' WHEN s.hs < 960 THEN 'Dương' WHEN s.hs < 970 THEN 'Lý'
            WHEN s.hs < 980 THEN 'Thái' WHEN s.hs < 990 THEN 'Cao' ELSE 'Đinh' END || ' ' || m.name || ' ' || gv.name,
       CASE WHEN s.ht < 20 THEN 'GS' WHEN s.ht < 100 THEN 'PGS' END,
       CASE WHEN s.ht < 100 OR s.hd < 350 THEN 'TS' WHEN s.hd < 700 THEN 'ThS' WHEN s.hd < 800 THEN 'KS' WHEN s.hd < 880 THEN 'BS' ELSE 'CN' END,
       (ARRAY['Giảng viên','Trưởng khoa','Phó Giám đốc','Nghiên cứu viên','Trưởng phòng','Bác sĩ điều trị','Kỹ sư trưởng','Chuyên viên'])[1 + s.hx % 8],
       o.name,
       'Chuyên gia trong lĩnh vực ' || k.name || ', hồ sơ thử tải số ' || s.g,
       ARRAY[k.name, k2.name],
       ARRAY['vi'] || CASE WHEN s.hx % 3 = 0 THEN ARRAY['en'] ELSE ARRAY[]::text[] END,
       'chuyengia' || s.g || '@example.vn', '0912 ' || lpad((s.g % 1000000)::text, 6, '0'),
       CASE WHEN s.ha < 800 THEN 'available' WHEN s.ha < 920 THEN 'busy' ELSE 'retired' END,
       CASE WHEN s.ha >= 800 AND s.ha < 920 THEN DATE '2026-12-01' + (s.ha % 200) END,
       CASE WHEN s.hv < 980 THEN 'active' ELSE 'proposed' END,
       CASE WHEN s.hv < 900 THEN 'public' WHEN s.hv < 950 THEN 'partners' ELSE 'internal' END,
       'public', 'internal', 'partners',
       '', '', now(), now()
FROM seed s
JOIN middle m ON m.rn = s.hm JOIN given gv ON gv.rn = s.hg JOIN org o ON o.rn = s.ho JOIN kw k ON k.rn = s.hk JOIN kw k2 ON k2.rn = s.hk2;

-- one to three fields each: the field at a per-row offset, then every fifth after it
INSERT INTO expert_field (expert_id, field_code)
SELECT md5('expert' || s.g)::uuid, f.code
FROM seed s
JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS n FROM expertise_field) f
  ON (f.k - s.hx % f.n + f.n) % f.n IN (0, 5, 10) AND (f.k - s.hx % f.n + f.n) % f.n / 5 < 1 + s.hd % 3;

-- three in ten belong to a member association
INSERT INTO expert_association (expert_id, association_id)
SELECT md5('expert' || s.g)::uuid, a.id FROM seed s JOIN pick_assoc a ON a.rn = 1 + s.hd * 7919 % (SELECT count(*) FROM pick_assoc)
WHERE s.hx < 300;

-- the search keys, as the API writes them (ExpertMapper.rekey: name, title/degree, fields, keywords, position, organisation)
UPDATE expert e SET name_key = f_search_key(e.full_name),
       search_key = f_search_key(concat_ws(' ', e.full_name, e.title_code, t.name_vi, e.degree_code, d.name_vi, fn.names,
                                           array_to_string(e.keywords, ' '), e.position, e.organisation))
FROM expert e2
LEFT JOIN qualification t ON t.code = e2.title_code
LEFT JOIN qualification d ON d.code = e2.degree_code
LEFT JOIN LATERAL (SELECT string_agg(ef.name_vi || ' ' || ef.name_en, ' ') AS names FROM expert_field x
                   JOIN expertise_field ef ON ef.code = x.field_code WHERE x.expert_id = e2.id) fn ON true
WHERE e.id = e2.id AND e.name_key = '';
-- the updates above leave dead rows behind: compact, as a long-running database would be after autovacuum
VACUUM FULL ANALYZE expert;
ANALYZE expert_field;
ANALYZE expert_association;
SQL
