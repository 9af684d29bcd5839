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
