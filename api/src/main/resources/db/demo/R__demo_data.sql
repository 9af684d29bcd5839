-- Demo data of the local run (dev profile only: %dev.quarkus.flyway.locations). Idempotent.
-- Officers: the demo user `officer` acts for Hội Y học, `officer2` for Hội Làm vườn (deploy/keycloak/realm-lhh.json).

INSERT INTO association (id, name, abbreviation, field, founding_decision, founded_on, status, member_count, description,
                         contact_address, contact_email, contact_phone, website, internal_notes,
                         current_term_end, current_term_congress_held, created_at, updated_at, version)
VALUES
('a0000000-0000-4000-8000-000000000001', 'Hội Y học tỉnh Nghệ An', 'HYH', 'Y tế', 'Quyết định số 1520/QĐ-UBND', '1996-03-15', 'active', 1850,
 'Tập hợp các thầy thuốc, nhà khoa học trong lĩnh vực y học của tỉnh.', '18 Trường Thi, TP. Vinh, Nghệ An', 'hoiyhoc@lhh.demo', '0238 3844 555', NULL,
 'Cần nhắc hội chuẩn bị đại hội nhiệm kỳ mới.', '2027-03-31', false, now(), now(), 0),
('a0000000-0000-4000-8000-000000000002', 'Hội Làm vườn tỉnh Nghệ An', 'HLV', 'Nông nghiệp', 'Quyết định số 342/QĐ-UB', '1992-08-20', 'active', 5200,
 'Phát triển kinh tế vườn, chuyển giao kỹ thuật trồng trọt cho nông dân.', '25 Lê Hồng Phong, TP. Vinh', 'lamvuon@lhh.demo', '0238 3590 123', NULL,
 NULL, '2026-06-30', false, now(), now(), 0),
('a0000000-0000-4000-8000-000000000003', 'Hội Kiến trúc sư Nghệ An', 'KTS', 'Kiến trúc, xây dựng', NULL, '1998-11-02', 'active', 210,
 'Hội nghề nghiệp của các kiến trúc sư trên địa bàn tỉnh.', '5 Quang Trung, TP. Vinh', NULL, NULL, NULL, NULL, '2028-12-31', false, now(), now(), 0),
('a0000000-0000-4000-8000-000000000004', 'Hội Tin học Nghệ An', 'HTH', 'Công nghệ thông tin', NULL, '2004-05-10', 'active', 640,
 'Phổ biến và ứng dụng công nghệ thông tin, chuyển đổi số.', NULL, 'tinhoc@lhh.demo', NULL, NULL, NULL, NULL, false, now(), now(), 0),
('a0000000-0000-4000-8000-000000000005', 'Hội Đông y tỉnh Nghệ An', 'HĐY', 'Y tế', NULL, '1990-01-12', 'active', 3100,
 'Kế thừa, phát huy y học cổ truyền.', NULL, NULL, NULL, NULL, NULL, '2029-09-30', false, now(), now(), 0),
('a0000000-0000-4000-8000-000000000006', 'Hội Khoa học Lịch sử Nghệ An', 'HKHLS', 'Khoa học xã hội', NULL, '1995-07-07', 'active', 420,
 'Nghiên cứu, giáo dục và phổ biến lịch sử địa phương.', NULL, NULL, NULL, NULL, NULL, '2027-01-15', true, now(), now(), 0),
('a0000000-0000-4000-8000-000000000007', 'Hội Điều dưỡng tỉnh Nghệ An', 'HĐD', 'Y tế', NULL, '2001-09-19', 'active', 2750,
 NULL, NULL, NULL, NULL, NULL, NULL, '2028-04-30', false, now(), now(), 0),
('a0000000-0000-4000-8000-000000000008', 'Hội Nông học Nghệ An', 'HNH', 'Nông nghiệp', NULL, '1999-02-25', 'suspended', 380,
 'Tạm đình chỉ hoạt động trong thời gian kiện toàn ban chấp hành.', NULL, NULL, NULL, NULL, 'Chờ kiện toàn Ban chấp hành.', '2025-12-31', false, now(), now(), 0)
ON CONFLICT (id) DO NOTHING;

INSERT INTO association_term (id, association_id, number, start_date, end_date, created_at, updated_at, version) VALUES
('b0000000-0000-4000-8000-000000000011', 'a0000000-0000-4000-8000-000000000001', 4, '2017-04-01', '2022-03-31', now(), now(), 0),
('b0000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000001', 5, '2022-04-01', '2027-03-31', now(), now(), 0),
('b0000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000002', 6, '2021-07-01', '2026-06-30', now(), now(), 0),
('b0000000-0000-4000-8000-000000000031', 'a0000000-0000-4000-8000-000000000003', 3, '2023-12-31', '2028-12-31', now(), now(), 0),
('b0000000-0000-4000-8000-000000000051', 'a0000000-0000-4000-8000-000000000005', 7, '2024-10-01', '2029-09-30', now(), now(), 0),
('b0000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000006', 4, '2022-01-15', '2027-01-15', now(), now(), 0),
('b0000000-0000-4000-8000-000000000071', 'a0000000-0000-4000-8000-000000000007', 2, '2023-04-30', '2028-04-30', now(), now(), 0),
('b0000000-0000-4000-8000-000000000081', 'a0000000-0000-4000-8000-000000000008', 5, '2020-12-31', '2025-12-31', now(), now(), 0)
ON CONFLICT (id) DO NOTHING;

INSERT INTO association_congress (id, association_id, term_id, planned_date, held_date, decision, outcome, created_at, updated_at, version) VALUES
('c0000000-0000-4000-8000-000000000011', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000011', '2022-03-20', '2022-03-26',
 'Quyết định số 215/QĐ-LHH', 'Bầu Ban chấp hành khóa V gồm 21 ủy viên.', now(), now(), 0),
('c0000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000012', '2027-03-20', NULL,
 NULL, NULL, now(), now(), 0),
('c0000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000061', '2026-11-10', '2026-11-12',
 'Quyết định số 88/QĐ-LHH', 'Đại hội nhiệm kỳ V thành công.', now(), now(), 0)
ON CONFLICT (id) DO NOTHING;

INSERT INTO association_leader (id, association_id, term_id, person_name, honorific, role, start_date, end_date, created_at, updated_at, version) VALUES
('d0000000-0000-4000-8000-000000000011', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000012', 'Nguyễn Văn Hùng', 'PGS.TS.BS.', 'president', '2022-04-01', NULL, now(), now(), 0),
('d0000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000012', 'Trần Thị Thu Hà', 'TS.BS.', 'vice_president', '2022-04-01', NULL, now(), now(), 0),
('d0000000-0000-4000-8000-000000000013', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000012', 'Lê Quang Đức', 'ThS.BS.', 'general_secretary', '2022-04-01', NULL, now(), now(), 0),
('d0000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000021', 'Hoàng Minh Tuấn', 'KS.', 'president', '2021-07-01', NULL, now(), now(), 0)
ON CONFLICT (id) DO NOTHING;

INSERT INTO association_officer (association_id, username, assigned_at, assigned_by) VALUES
('a0000000-0000-4000-8000-000000000001', 'officer', now(), 'demo-data'),
('a0000000-0000-4000-8000-000000000002', 'officer2', now(), 'demo-data')
ON CONFLICT DO NOTHING;

-- Experts: the demo accounts "expert" and "expert2" have their own profiles; others fill the directory.
INSERT INTO expert (id, username, full_name, title_code, degree_code, position, organisation, biography, publications, orcid, languages,
                    keywords, contact_email, contact_phone, availability, busy_until, membership, proposed_by, profile_visibility,
                    biography_visibility, contact_visibility, availability_visibility, name_key, search_key, created_at, updated_at) VALUES
('e0000000-0000-4000-8000-000000000001', 'expert', 'Phạm Quang Minh', 'PGS', 'TS', 'Trưởng khoa Xây dựng', 'Trường Đại học Vinh',
 'Nghiên cứu công trình thủy lợi và đê điều miền Trung; chủ nhiệm nhiều đề tài cấp tỉnh.',
 '[{"title": "Giải pháp gia cố đê biển Nghệ An", "url": "https://example.vn/de-bien", "year": 2022}]', '0000-0002-1825-0097',
 '{vi,en}', '{đê điều,thủy lợi nội đồng}', 'minh.pq@example.vn', '0912 111 222', 'available', NULL, 'active', NULL,
 'public', 'public', 'internal', 'partners', '', '', now(), now()),
('e0000000-0000-4000-8000-000000000002', 'expert2', 'Võ Thị Thu Hà', NULL, 'TS', 'Phó Giám đốc', 'Bệnh viện Sản Nhi Nghệ An',
 'Bác sĩ sản khoa, nghiên cứu sức khỏe sinh sản vị thành niên.', '[]', NULL, '{vi}', '{sức khỏe sinh sản}',
 'ha.vtt@example.vn', '0913 333 444', 'available', NULL, 'active', NULL, 'public', 'public', 'internal', 'partners', '', '', now(), now()),
('e0000000-0000-4000-8000-000000000003', NULL, 'Nguyễn Văn Hùng', 'GS', 'TSKH', 'Nguyên Viện trưởng', 'Viện Khoa học Kỹ thuật Nông nghiệp Bắc Trung Bộ',
 'Chuyên gia giống cây trồng và canh tác cam Vinh.', '[]', NULL, '{vi,en,fr}', '{cam Vinh,giống cây trồng}',
 'hung.nv@example.vn', NULL, 'busy', DATE '2027-03-31', 'active', NULL, 'public', 'public', 'internal', 'partners', '', '', now(), now()),
('e0000000-0000-4000-8000-000000000004', NULL, 'Trần Thị Lan', NULL, 'ThS', 'Trưởng phòng', 'Sở Nông nghiệp và Môi trường Nghệ An',
 'Quản lý tài nguyên nước và môi trường nông thôn.', '[]', NULL, '{vi}', '{nước sạch nông thôn}',
 NULL, NULL, 'available', NULL, 'active', NULL, 'public', 'partners', 'internal', 'partners', '', '', now(), now()),
('e0000000-0000-4000-8000-000000000005', NULL, 'Lê Đình Khánh', NULL, 'BSCKII', 'Trưởng khoa Nội', 'Bệnh viện Hữu nghị Đa khoa Nghệ An',
 'Bác sĩ nội khoa, hội viên Hội Y học.', '[]', NULL, '{vi}', '{tim mạch}', NULL, NULL, 'available', NULL, 'active', NULL,
 'public', 'public', 'internal', 'partners', '', '', now(), now()),
('e0000000-0000-4000-8000-000000000006', NULL, 'Hoàng Văn Tuấn', NULL, 'KS', 'Kỹ sư trưởng', 'Công ty Thủy lợi Bắc Nghệ An',
 'Vận hành hồ chứa và hệ thống tưới.', '[]', NULL, '{vi}', '{hồ chứa,tưới tiết kiệm}', NULL, NULL, 'retired', NULL, 'active', NULL,
 'public', 'public', 'internal', 'partners', '', '', now(), now()),
('e0000000-0000-4000-8000-000000000007', NULL, 'Đặng Thị Hương', NULL, 'TS', 'Giảng viên', 'Trường Đại học Y khoa Vinh',
 'Y tế dự phòng và dinh dưỡng cộng đồng; đề xuất bởi Hội Y học.', '[]', NULL, '{vi,en}', '{dinh dưỡng}', NULL, NULL, 'available', NULL,
 'proposed', 'officer', 'public', 'public', 'internal', 'partners', '', '', now(), now())
-- no conflict target: a profile already linked to a demo account in this database wins
ON CONFLICT DO NOTHING;

INSERT INTO expert_field (expert_id, field_code) VALUES
('e0000000-0000-4000-8000-000000000001', 'thuy-loi'), ('e0000000-0000-4000-8000-000000000001', 'xay-dung'),
('e0000000-0000-4000-8000-000000000002', 'y-te'),
('e0000000-0000-4000-8000-000000000003', 'nong-nghiep'),
('e0000000-0000-4000-8000-000000000004', 'moi-truong'), ('e0000000-0000-4000-8000-000000000004', 'thuy-loi'),
('e0000000-0000-4000-8000-000000000005', 'y-te'),
('e0000000-0000-4000-8000-000000000006', 'thuy-loi'),
('e0000000-0000-4000-8000-000000000007', 'y-te')
ON CONFLICT DO NOTHING;

INSERT INTO expert_association (expert_id, association_id) VALUES
('e0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000001'),
('e0000000-0000-4000-8000-000000000007', 'a0000000-0000-4000-8000-000000000001'),
('e0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002')
ON CONFLICT DO NOTHING;

-- the search keys, as the API writes them (ExpertMapper.rekey)
UPDATE expert e SET name_key = f_search_key(e.full_name),
       search_key = f_search_key(concat_ws(' ', e.full_name, e.title_code, t.name_vi, e.degree_code, d.name_vi,
           (SELECT string_agg(ef.name_vi || ' ' || ef.name_en, ' ') FROM expert_field x JOIN expertise_field ef ON ef.code = x.field_code
            WHERE x.expert_id = e.id), array_to_string(e.keywords, ' '), e.position, e.organisation))
FROM expert e2 LEFT JOIN qualification t ON t.code = e2.title_code LEFT JOIN qualification d ON d.code = e2.degree_code
WHERE e.id = e2.id AND e.name_key = '';

-- Consultations: one waiting for the expert's declaration, one overdue with nobody assigned yet.
INSERT INTO consultation (id, kind, subject, description, requesting_body, request_reference, request_date, deadline, status,
                          search_key, created_by, created_at, updated_at) VALUES
('f0000000-0000-4000-8000-000000000001', 'critique', 'Phản biện Đề án nâng cấp hệ thống kênh tưới Bắc Nghệ An giai đoạn 2026-2030',
 'Sở Nông nghiệp và Môi trường đề nghị phản biện dự thảo đề án trước khi trình UBND tỉnh.', 'UBND tỉnh Nghệ An', '4521/UBND-NN',
 CURRENT_DATE - 5, CURRENT_DATE + 25, 'experts_assigned', '', 'demo-data', now(), now()),
('f0000000-0000-4000-8000-000000000002', 'social_assessment', 'Giám định xã hội Dự án khu xử lý chất thải rắn Nghi Yên',
 NULL, 'HĐND tỉnh Nghệ An', '112/HĐND-KTNS', CURRENT_DATE - 40, CURRENT_DATE - 2, 'received', '', 'demo-data', now(), now())
ON CONFLICT (id) DO NOTHING;
UPDATE consultation SET search_key = f_search_key(concat_ws(' ', subject, requesting_body, request_reference, description)) WHERE search_key = '';
INSERT INTO consultation_field (consultation_id, field_code) VALUES
('f0000000-0000-4000-8000-000000000001', 'thuy-loi'), ('f0000000-0000-4000-8000-000000000002', 'moi-truong')
ON CONFLICT DO NOTHING;
INSERT INTO consultation_assignment (id, consultation_id, expert_id, status, opinion_due_on, assigned_by, created_at, updated_at) VALUES
('f1000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001', 'invited',
 CURRENT_DATE + 20, 'demo-data', now(), now())
ON CONFLICT (id) DO NOTHING;
