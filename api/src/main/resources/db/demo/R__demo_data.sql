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

-- Bulletins: the last two months' issues published (with a one-page PDF each), this month's in review,
-- and an article on the desk waiting for an issue. Months are relative to today, so the demo stays current.
INSERT INTO stored_file (id, owner_type, owner_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, created_at) VALUES
('b2000000-0000-4000-8000-000000000001', 'bulletin-issue-pdf', 'b1000000-0000-4000-8000-000000000001', 'tap-san-nong-nghiep.pdf',
 'application/pdf', 706, '0af3020cf8083a7c10352fd2e99cf13a2c273a7e5a772890327814c1b525544f', decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAxNjEgPj4Kc3RyZWFtCkJUIC9GMSAyMCBUZiA2MCA3NjAgVGQgMjYgVEwgKFRhcCBzYW4gS2hvYSBob2MgdmEgVW5nIGR1bmcpICcgKExpZW4gaGllcCBjYWMgaG9pIEtIJktUIE5naGUgQW4pICcgKFNvIGNodXllbiBkZTogTm9uZyBuZ2hpZXAgY29uZyBuZ2hlIGNhbykgJyAoXChiYW4gZGVtb1wpKSAnIEVUCmVuZHN0cmVhbQplbmRvYmoKNSAwIG9iago8PCAvVHlwZSAvRm9udCAvU3VidHlwZSAvVHlwZTEgL0Jhc2VGb250IC9IZWx2ZXRpY2EgPj4KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwNDUzIDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNTIzCiUlRU9GCg==', 'base64'), 'demo-data', now()),
('b2000000-0000-4000-8000-000000000002', 'bulletin-issue-pdf', 'b1000000-0000-4000-8000-000000000002', 'tap-san-y-te.pdf',
 'application/pdf', 708, '2473ae18cfec853bec826cc12aed64ee6dcde6792a0e9e76475541acfb60cbc7', decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAxNjMgPj4Kc3RyZWFtCkJUIC9GMSAyMCBUZiA2MCA3NjAgVGQgMjYgVEwgKFRhcCBzYW4gS2hvYSBob2MgdmEgVW5nIGR1bmcpICcgKExpZW4gaGllcCBjYWMgaG9pIEtIJktUIE5naGUgQW4pICcgKFNvIGNodXllbiBkZTogWSB0ZSBjbyBzbyB2YSBjaHV5ZW4gZG9pIHNvKSAnIChcKGJhbiBkZW1vXCkpICcgRVQKZW5kc3RyZWFtCmVuZG9iago1IDAgb2JqCjw8IC9UeXBlIC9Gb250IC9TdWJ0eXBlIC9UeXBlMSAvQmFzZUZvbnQgL0hlbHZldGljYSA+PgplbmRvYmoKeHJlZgowIDYKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDA5IDAwMDAwIG4gCjAwMDAwMDAwNTggMDAwMDAgbiAKMDAwMDAwMDExNSAwMDAwMCBuIAowMDAwMDAwMjQxIDAwMDAwIG4gCjAwMDAwMDA0NTUgMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSA2IC9Sb290IDEgMCBSID4+CnN0YXJ0eHJlZgo1MjUKJSVFT0YK', 'base64'), 'demo-data', now()),
('b2000000-0000-4000-8000-000000000003', 'bulletin-issue-pdf', 'b1000000-0000-4000-8000-000000000003', 'tap-san-du-thao.pdf',
 'application/pdf', 706, '0af3020cf8083a7c10352fd2e99cf13a2c273a7e5a772890327814c1b525544f', decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvQ29udGVudHMgNCAwIFIgL1Jlc291cmNlcyA8PCAvRm9udCA8PCAvRjEgNSAwIFIgPj4gPj4gPj4KZW5kb2JqCjQgMCBvYmoKPDwgL0xlbmd0aCAxNjEgPj4Kc3RyZWFtCkJUIC9GMSAyMCBUZiA2MCA3NjAgVGQgMjYgVEwgKFRhcCBzYW4gS2hvYSBob2MgdmEgVW5nIGR1bmcpICcgKExpZW4gaGllcCBjYWMgaG9pIEtIJktUIE5naGUgQW4pICcgKFNvIGNodXllbiBkZTogTm9uZyBuZ2hpZXAgY29uZyBuZ2hlIGNhbykgJyAoXChiYW4gZGVtb1wpKSAnIEVUCmVuZHN0cmVhbQplbmRvYmoKNSAwIG9iago8PCAvVHlwZSAvRm9udCAvU3VidHlwZSAvVHlwZTEgL0Jhc2VGb250IC9IZWx2ZXRpY2EgPj4KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwNDUzIDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNTIzCiUlRU9GCg==', 'base64'), 'demo-data', now())
ON CONFLICT (id) DO NOTHING;
INSERT INTO bulletin_issue (id, volume, number, issue_month, title, summary, status, published_at, published_by, pdf_file_id,
                            search_key, created_by, created_at, updated_at)
SELECT v.id::uuid, extract(year FROM v.m)::int - 2019, extract(month FROM v.m)::int, v.m,
       'Tập san Khoa học và Ứng dụng số ' || extract(month FROM v.m) || '/' || extract(year FROM v.m), v.summary, v.status,
       CASE WHEN v.status = 'published' THEN v.m + interval '5 days' END, CASE WHEN v.status = 'published' THEN 'staff' END,
       v.pdf::uuid, '', 'demo-data', now(), now()
FROM (VALUES
    ('b1000000-0000-4000-8000-000000000001', (date_trunc('month', CURRENT_DATE) - interval '2 months')::date,
     'Số chuyên đề nông nghiệp công nghệ cao: cam Vinh, lúa chất lượng cao và chế phẩm sinh học.', 'published', 'b2000000-0000-4000-8000-000000000001'),
    ('b1000000-0000-4000-8000-000000000002', (date_trunc('month', CURRENT_DATE) - interval '1 month')::date,
     'Y tế cơ sở và chuyển đổi số trong khám chữa bệnh ở miền núi Nghệ An.', 'published', 'b2000000-0000-4000-8000-000000000002'),
    ('b1000000-0000-4000-8000-000000000003', date_trunc('month', CURRENT_DATE)::date,
     'Số đang biên tập.', 'in_review', 'b2000000-0000-4000-8000-000000000003')
) AS v(id, m, summary, status, pdf)
WHERE NOT EXISTS (SELECT 1 FROM bulletin_issue i WHERE i.id = v.id::uuid OR (i.issue_month = v.m AND i.status <> 'withdrawn'));
UPDATE bulletin_issue SET feed_seq = nextval('bulletin_feed_seq'), feed_change = 'published', feed_changed_at = published_at
WHERE created_by = 'demo-data' AND status = 'published' AND feed_seq IS NULL;
UPDATE bulletin_issue SET search_key = f_search_key(concat_ws(' ', title, summary,
       'so ' || number || ' ' || extract(month FROM issue_month) || '/' || extract(year FROM issue_month), 'tap ' || volume))
WHERE search_key = '';
INSERT INTO bulletin_article (id, issue_id, position, title, abstract, keywords, authors, page_from, page_to, search_key,
                              created_by, created_at, updated_at)
SELECT v.id::uuid, v.issue::uuid, v.pos, v.title, v.abstract, v.keywords::text[], v.authors::jsonb, v.pf, v.pt, '', 'demo-data', now(), now()
FROM (VALUES
    ('b3000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001', 1,
     'Ứng dụng chế phẩm sinh học trong canh tác cam Vinh theo hướng hữu cơ',
     'Kết quả thử nghiệm ba vụ tại Nghĩa Đàn và Quỳ Hợp: năng suất tăng, dư lượng thuốc bảo vệ thực vật giảm.',
     '{cam Vinh,chế phẩm sinh học,nông nghiệp hữu cơ}',
     '[{"name": "PGS.TS. Nguyễn Văn Hùng", "expertId": "e0000000-0000-4000-8000-000000000001", "affiliation": "Trường Đại học Vinh"}]', 3, 9),
    ('b3000000-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-000000000001', 2,
     'Giống lúa chất lượng cao chịu hạn cho vùng Bắc Nghệ An',
     'Đánh giá năm giống lúa trên đất cát ven biển Diễn Châu, Quỳnh Lưu.', '{lúa,chịu hạn}',
     '[{"name": "ThS. Trần Thị Lan", "affiliation": "Viện Khoa học kỹ thuật Nông nghiệp Bắc Trung Bộ"}]', 10, 15),
    ('b3000000-0000-4000-8000-000000000003', 'b1000000-0000-4000-8000-000000000002', 1,
     'Khám chữa bệnh từ xa cho trạm y tế xã miền núi',
     'Mô hình kết nối trạm y tế xã với bệnh viện tuyến tỉnh tại Kỳ Sơn, Tương Dương.', '{y tế từ xa,chuyển đổi số}',
     '[{"name": "BSCKII. Lê Văn Minh", "affiliation": "Bệnh viện Hữu nghị Đa khoa Nghệ An"}]', 3, 8),
    ('b3000000-0000-4000-8000-000000000004', NULL, NULL,
     'Bảo tồn nguồn gen cây dược liệu ở Vườn quốc gia Pù Mát',
     'Bài đang chờ xếp vào số Tập san tới.', '{dược liệu,Pù Mát}',
     '[{"name": "TS. Hồ Thị Mai", "affiliation": "Hội Dược liệu Nghệ An"}]', NULL, NULL)
) AS v(id, issue, pos, title, abstract, keywords, authors, pf, pt)
WHERE v.issue IS NULL OR EXISTS (SELECT 1 FROM bulletin_issue i WHERE i.id = v.issue::uuid)
ON CONFLICT (id) DO NOTHING;
UPDATE bulletin_article SET search_key = f_search_key(concat_ws(' ', title, abstract, array_to_string(keywords, ' '),
       (SELECT string_agg(concat_ws(' ', au->>'name', au->>'affiliation'), ' ') FROM jsonb_array_elements(authors) au)))
WHERE search_key = '';
INSERT INTO bulletin_article_field (article_id, field_code)
SELECT v.a::uuid, v.f FROM (VALUES ('b3000000-0000-4000-8000-000000000001', 'nong-nghiep'), ('b3000000-0000-4000-8000-000000000002', 'nong-nghiep'),
                                   ('b3000000-0000-4000-8000-000000000003', 'y-te')) AS v(a, f)
WHERE EXISTS (SELECT 1 FROM bulletin_article WHERE id = v.a::uuid)
ON CONFLICT DO NOTHING;

-- Distribution of the bulletin: a few communes, wards and towns by district, departments and partner unions,
-- one list, and the records of the first published demo issue.
INSERT INTO distribution_recipient (id, kind, name, district, address, contact_person, phone, copies, name_key, district_key, search_key,
                                    created_by, created_at, updated_at)
SELECT v.id::uuid, v.kind, v.name, v.district, v.address, v.contact, v.phone, v.copies, f_search_key(v.name), coalesce(f_search_key(v.district), ''),
       f_search_key(concat_ws(' ', v.name, v.district, v.address)), 'demo-data', now(), now()
FROM (VALUES
    ('d1000000-0000-4000-8000-000000000001', 'commune', 'UBND xã Nghĩa Sơn', 'Huyện Nghĩa Đàn', 'Xã Nghĩa Sơn, huyện Nghĩa Đàn, Nghệ An', 'Văn phòng UBND xã', NULL, 2),
    ('d1000000-0000-4000-8000-000000000002', 'town', 'UBND thị trấn Quỳ Hợp', 'Huyện Quỳ Hợp', 'Thị trấn Quỳ Hợp, huyện Quỳ Hợp, Nghệ An', NULL, NULL, 2),
    ('d1000000-0000-4000-8000-000000000003', 'ward', 'UBND phường Hưng Dũng', 'Thành phố Vinh', 'Phường Hưng Dũng, TP Vinh, Nghệ An', NULL, NULL, 1),
    ('d1000000-0000-4000-8000-000000000004', 'department', 'Sở Khoa học và Công nghệ Nghệ An', NULL, '75 Nguyễn Thị Minh Khai, TP Vinh, Nghệ An', 'Văn phòng Sở', '0238 3844 500', 3),
    ('d1000000-0000-4000-8000-000000000005', 'department', 'Sở Nông nghiệp và Môi trường Nghệ An', NULL, '2 Trường Thi, TP Vinh, Nghệ An', NULL, NULL, 2),
    ('d1000000-0000-4000-8000-000000000006', 'partner_union', 'Liên hiệp các hội KH&KT tỉnh Hà Tĩnh', NULL, 'TP Hà Tĩnh, Hà Tĩnh', NULL, NULL, 1),
    ('d1000000-0000-4000-8000-000000000007', 'partner_union', 'Liên hiệp các hội KH&KT tỉnh Thanh Hóa', NULL, 'TP Thanh Hóa, Thanh Hóa', NULL, NULL, 1)
) AS v(id, kind, name, district, address, contact, phone, copies)
ON CONFLICT DO NOTHING;
INSERT INTO distribution_list (id, name, description, name_key, created_by, created_at, updated_at) VALUES
('d2000000-0000-4000-8000-000000000001', 'Xã, phường, thị trấn và các sở', 'Danh sách cấp phát hằng tháng', 'xa, phuong, thi tran va cac so', 'demo-data', now(), now())
ON CONFLICT DO NOTHING;
INSERT INTO distribution_list_member (list_id, position, recipient_id, copies)
SELECT 'd2000000-0000-4000-8000-000000000001', p, ('d1000000-0000-4000-8000-00000000000' || p)::uuid, NULL FROM generate_series(1, 5) p
WHERE EXISTS (SELECT 1 FROM distribution_list WHERE id = 'd2000000-0000-4000-8000-000000000001')
  AND EXISTS (SELECT 1 FROM distribution_recipient WHERE id = ('d1000000-0000-4000-8000-00000000000' || p)::uuid)
  AND NOT EXISTS (SELECT 1 FROM distribution_list_member WHERE list_id = 'd2000000-0000-4000-8000-000000000001');
INSERT INTO distribution_record (id, issue_id, recipient_id, list_id, recipient_kind, recipient_name, recipient_district, recipient_address,
                                 copies, sent_on, method, created_by, created_at, updated_at)
SELECT ('d3000000-0000-4000-8000-00000000000' || r.p)::uuid, 'b1000000-0000-4000-8000-000000000001', d.id, 'd2000000-0000-4000-8000-000000000001',
       d.kind, d.name, d.district, d.address, d.copies, i.issue_month + 10, 'post', 'demo-data', now(), now()
FROM generate_series(1, 5) r(p)
JOIN distribution_recipient d ON d.id = ('d1000000-0000-4000-8000-00000000000' || r.p)::uuid
JOIN bulletin_issue i ON i.id = 'b1000000-0000-4000-8000-000000000001' AND i.status = 'published'
ON CONFLICT DO NOTHING;

-- Partners: the demo machine client `partner-demo` (deploy/keycloak) is the Hà Tĩnh union; no webhook, no pull.
-- Its webhook secret is a throw-away demo value, like the realm's.
INSERT INTO partner (id, name, province, contact_person, contact_email, client_id, webhook_secret, webhook_secret_rotated_at,
                     search_key, created_by, created_at, updated_at)
VALUES ('c1000000-0000-4000-8000-000000000001', 'Liên hiệp các hội KH&KT tỉnh Hà Tĩnh', 'Hà Tĩnh', 'Văn phòng Liên hiệp hội',
        'vanphong@lhh-hatinh.example.vn', 'partner-demo', 'whsec_ZGVtby1vbmx5LXRocm93LWF3YXktc2VjcmV0', now(),
        f_search_key('Liên hiệp các hội KH&KT tỉnh Hà Tĩnh Hà Tĩnh Văn phòng Liên hiệp hội partner-demo'), 'demo-data', now(), now())
ON CONFLICT DO NOTHING;

-- contest (core): edition, categories and rubrics, coordinators, entries
-- One published edition this year, its calendar relative to today: registration open (it closes in 15 days), judging in
-- about five weeks. Coordinators: `coordinator` for the district Huyện Nghi Lộc, `coordinator2` the contact of Trường THCS
-- Đặng Thai Mai (Thành phố Vinh). Eight entries in every status a person can set. Skipped when the year already has an
-- edition made by hand; rows that exist are kept (ON CONFLICT DO NOTHING), so the file can run again.
INSERT INTO contest_edition (id, year, name, description, co_organisers, registration_opens, registration_closes, submission_closes,
                             judging_opens, judging_closes, results_date, min_age, max_age, min_grade, max_grade, max_entries_per_school,
                             max_authors_per_entry, award_quota, status, created_by, created_at, updated_at)
SELECT 'e7000000-0000-4000-8000-000000000001', extract(year FROM CURRENT_DATE)::int,
       'Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Nghệ An năm ' || extract(year FROM CURRENT_DATE),
       'Cuộc thi dành cho học sinh phổ thông trên địa bàn tỉnh: mô hình, sản phẩm sáng tạo phục vụ học tập, đời sống và sản xuất.',
       ARRAY['Liên hiệp các hội KH&KT tỉnh Nghệ An', 'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Tỉnh đoàn Nghệ An'],
       CURRENT_DATE - 30, CURRENT_DATE + 15, CURRENT_DATE + 30, CURRENT_DATE + 35, CURRENT_DATE + 50, CURRENT_DATE + 60,
       8, 18, 3, 12, 3, 2, '{"first": 1, "second": 2, "third": 3, "consolation": 4}'::jsonb, 'published', 'demo-data', now(), now()
WHERE NOT EXISTS (SELECT 1 FROM contest_edition WHERE id = 'e7000000-0000-4000-8000-000000000001' OR year = extract(year FROM CURRENT_DATE)::int);

INSERT INTO contest_category (id, edition_id, code, name, description, position, created_at, updated_at)
SELECT v.id::uuid, 'e7000000-0000-4000-8000-000000000001', v.code, v.name, v.description, v.position, now(), now() FROM (VALUES
    ('e7000000-0000-4000-8000-000000000011', 'ky-thuat-co-khi', 'Kỹ thuật cơ khí', 'Lĩnh vực kỹ thuật cơ khí.', 1),
    ('e7000000-0000-4000-8000-000000000012', 'tin-hoc-ung-dung', 'Tin học ứng dụng', 'Lĩnh vực tin học ứng dụng.', 2),
    ('e7000000-0000-4000-8000-000000000013', 'moi-truong', 'Môi trường và năng lượng', 'Lĩnh vực môi trường và năng lượng.', 3)
) AS v(id, code, name, description, position)
WHERE EXISTS (SELECT 1 FROM contest_edition WHERE id = 'e7000000-0000-4000-8000-000000000001')
ON CONFLICT DO NOTHING;

INSERT INTO contest_criterion (id, category_id, position, name, description, weight, max_score, levels)
SELECT v.id::uuid, v.category_id::uuid, v.position, v.name, v.description, v.weight, v.max_score, v.levels::jsonb FROM (VALUES
    ('e7000000-0000-4000-8000-000000000111', 'e7000000-0000-4000-8000-000000000011', 1, 'Tính mới, tính sáng tạo', 'Đánh giá tính mới, tính sáng tạo.', 40, 10, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 5, "description": "Đạt yêu cầu"}, {"score": 10, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000112', 'e7000000-0000-4000-8000-000000000011', 2, 'Khả năng ứng dụng thực tế', 'Đánh giá khả năng ứng dụng thực tế.', 35, 10, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 5, "description": "Đạt yêu cầu"}, {"score": 10, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000113', 'e7000000-0000-4000-8000-000000000011', 3, 'Thuyết minh và trình bày', 'Đánh giá thuyết minh và trình bày.', 25, 5, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 2, "description": "Đạt yêu cầu"}, {"score": 5, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000121', 'e7000000-0000-4000-8000-000000000012', 1, 'Ý tưởng và tính sáng tạo', 'Đánh giá ý tưởng và tính sáng tạo.', 35, 10, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 5, "description": "Đạt yêu cầu"}, {"score": 10, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000122', 'e7000000-0000-4000-8000-000000000012', 2, 'Chất lượng kỹ thuật, phần mềm', 'Đánh giá chất lượng kỹ thuật, phần mềm.', 40, 10, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 5, "description": "Đạt yêu cầu"}, {"score": 10, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000123', 'e7000000-0000-4000-8000-000000000012', 3, 'Giao diện, trải nghiệm người dùng', 'Đánh giá giao diện, trải nghiệm người dùng.', 25, 5, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 2, "description": "Đạt yêu cầu"}, {"score": 5, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000131', 'e7000000-0000-4000-8000-000000000013', 1, 'Hiệu quả bảo vệ môi trường', 'Đánh giá hiệu quả bảo vệ môi trường.', 40, 10, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 5, "description": "Đạt yêu cầu"}, {"score": 10, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000132', 'e7000000-0000-4000-8000-000000000013', 2, 'Chi phí và khả năng nhân rộng', 'Đánh giá chi phí và khả năng nhân rộng.', 35, 10, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 5, "description": "Đạt yêu cầu"}, {"score": 10, "description": "Xuất sắc"}]'),
    ('e7000000-0000-4000-8000-000000000133', 'e7000000-0000-4000-8000-000000000013', 3, 'Thuyết minh và trình bày', 'Đánh giá thuyết minh và trình bày.', 25, 5, '[{"score": 0, "description": "Không đạt yêu cầu"}, {"score": 2, "description": "Đạt yêu cầu"}, {"score": 5, "description": "Xuất sắc"}]')
) AS v(id, category_id, position, name, description, weight, max_score, levels)
WHERE EXISTS (SELECT 1 FROM contest_category c WHERE c.id = v.category_id::uuid)
ON CONFLICT DO NOTHING;

INSERT INTO contest_coordinator (id, username, kind, full_name, email, phone, school, district, school_key, district_key, created_at, updated_at)
VALUES ('e7000000-0000-4000-8000-000000000021', 'coordinator', 'district', 'Ông Nguyễn Văn Thành', 'coordinator@lhh.demo', '0238 3861 234',
        NULL, 'Huyện Nghi Lộc', NULL, f_search_key('Huyện Nghi Lộc'), now(), now()),
       ('e7000000-0000-4000-8000-000000000022', 'coordinator2', 'school', 'Cô Phạm Thị Hương', 'coordinator2@lhh.demo', '0238 3842 567',
        'Trường THCS Đặng Thai Mai', 'Thành phố Vinh', f_search_key('Trường THCS Đặng Thai Mai'), f_search_key('Thành phố Vinh'), now(), now())
ON CONFLICT DO NOTHING;

INSERT INTO contest_entry (id, edition_id, category_id, number, title, description, how_it_works, school, district, commune, supervisor,
                           authors, consent_public, consent_recorded_at, consent_recorded_by, status, rejection_reason, submitted_at,
                           registered_by, school_key, district_key, search_key, created_at, updated_at)
SELECT v.id::uuid, 'e7000000-0000-4000-8000-000000000001', v.category_id::uuid, v.number, v.title, v.description, v.how, v.school, v.district, v.commune, v.supervisor,
       v.authors, v.consent, CASE WHEN v.consent THEN now() END, CASE WHEN v.consent THEN v.registered_by END, v.status, v.reason,
       CASE WHEN v.status <> 'draft' THEN now() - interval '3 days' END, v.registered_by, f_search_key(v.school), f_search_key(v.district),
       f_search_key(concat_ws(' ', v.title, v.description, v.school, v.district, v.commune, extract(year FROM CURRENT_DATE) || '-' || lpad(v.number::text, 3, '0'),
           v.number, v.supervisor ->> 'fullName', (SELECT string_agg(a ->> 'fullName', ' ') FROM jsonb_array_elements(v.authors) a))),
       now() - make_interval(days => 20 - v.number), now() - make_interval(days => 20 - v.number)
FROM (VALUES
    ('e7000000-0000-4000-8000-000000000301', 'e7000000-0000-4000-8000-000000000011', 1, 'Máy tưới cây tự động dùng năng lượng mặt trời', 'Mô hình tưới cây theo độ ẩm của đất, chạy bằng pin mặt trời, dùng cho vườn trường.', 'Cảm biến độ ẩm báo cho vi điều khiển bật máy bơm khi đất khô.', 'Trường THCS Đặng Thai Mai', 'Thành phố Vinh', 'Phường Trường Thi', jsonb_strip_nulls(jsonb_build_object('fullName', 'Thầy Trần Văn Minh', 'school', 'Trường THCS Đặng Thai Mai', 'phone', '0912 345 678')),
     jsonb_build_array(jsonb_build_object('fullName', 'Nguyễn Thị Lan Anh', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 14, days => 40))::date::text, 'gender', 'female', 'school', 'Trường THCS Đặng Thai Mai', 'grade', 9, 'district', 'Thành phố Vinh', 'commune', 'Phường Trường Thi'), jsonb_build_object('fullName', 'Trần Minh Khôi', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 14, days => 200))::date::text, 'gender', 'male', 'school', 'Trường THCS Đặng Thai Mai', 'grade', 9, 'district', 'Thành phố Vinh', 'commune', 'Phường Hưng Bình')),
     true, 'eligible', NULL, 'coordinator2'),
    ('e7000000-0000-4000-8000-000000000302', 'e7000000-0000-4000-8000-000000000012', 2, 'Ứng dụng tra cứu cây thuốc nam xứ Nghệ', 'Ứng dụng điện thoại nhận diện cây thuốc nam qua ảnh chụp và hướng dẫn cách dùng an toàn.', 'Mô hình học máy chạy trên điện thoại, không cần mạng.', 'Trường THCS Đặng Thai Mai', 'Thành phố Vinh', 'Phường Trường Thi', jsonb_strip_nulls(jsonb_build_object('fullName', 'Cô Nguyễn Thị Hương', 'school', 'Trường THCS Đặng Thai Mai', 'phone', '0988 112 233')),
     jsonb_build_array(jsonb_build_object('fullName', 'Lê Hoàng Phúc', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 13, days => 90))::date::text, 'gender', 'male', 'school', 'Trường THCS Đặng Thai Mai', 'grade', 8, 'district', 'Thành phố Vinh', 'commune', 'Phường Trường Thi')),
     false, 'submitted', NULL, 'coordinator2'),
    ('e7000000-0000-4000-8000-000000000303', 'e7000000-0000-4000-8000-000000000013', 3, 'Thùng rác phân loại thông minh', 'Thùng rác tự mở nắp và phân loại rác tái chế bằng cảm biến.', NULL, 'Trường THCS Đặng Thai Mai', 'Thành phố Vinh', 'Phường Trường Thi', NULL::jsonb,
     jsonb_build_array(jsonb_build_object('fullName', 'Phạm Ngọc Hân', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 12, days => 10))::date::text, 'gender', 'female', 'school', 'Trường THCS Đặng Thai Mai', 'grade', 7, 'district', 'Thành phố Vinh', 'commune', NULL)),
     false, 'draft', NULL, 'coordinator2'),
    ('e7000000-0000-4000-8000-000000000304', 'e7000000-0000-4000-8000-000000000011', 4, 'Máy bóc vỏ lạc mini cho hộ gia đình', 'Máy bóc vỏ lạc nhỏ gọn, giảm công lao động cho bà con nông dân Nghi Lộc.', 'Trục cao su quay ngược chiều tách vỏ, quạt thổi vỏ ra ngoài.', 'Trường THCS Nghi Phong', 'Huyện Nghi Lộc', 'Xã Nghi Phong', jsonb_strip_nulls(jsonb_build_object('fullName', 'Thầy Hồ Sỹ Long', 'school', 'Trường THCS Nghi Phong', 'phone', '0915 222 444')),
     jsonb_build_array(jsonb_build_object('fullName', 'Hồ Văn Đạt', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 15, days => 120))::date::text, 'gender', 'male', 'school', 'Trường THCS Nghi Phong', 'grade', 9, 'district', 'Huyện Nghi Lộc', 'commune', 'Xã Nghi Phong'), jsonb_build_object('fullName', 'Võ Thị Thu', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 14, days => 300))::date::text, 'gender', 'female', 'school', 'Trường THCS Nghi Phong', 'grade', 9, 'district', 'Huyện Nghi Lộc', 'commune', 'Xã Nghi Phong')),
     true, 'eligible', NULL, 'coordinator'),
    ('e7000000-0000-4000-8000-000000000305', 'e7000000-0000-4000-8000-000000000013', 5, 'Lọc nước giếng nhiễm phèn bằng vật liệu địa phương', 'Bộ lọc dùng cát, than củi và vỏ trấu để lọc nước giếng nhiễm phèn.', NULL, 'Trường THPT Nghi Lộc 1', 'Huyện Nghi Lộc', 'Thị trấn Quán Hành', jsonb_strip_nulls(jsonb_build_object('fullName', 'Cô Lê Thị Mai', 'school', 'Trường THPT Nghi Lộc 1', 'phone', NULL)),
     jsonb_build_array(jsonb_build_object('fullName', 'Nguyễn Văn Hiếu', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 17, days => 60))::date::text, 'gender', 'male', 'school', 'Trường THPT Nghi Lộc 1', 'grade', 11, 'district', 'Huyện Nghi Lộc', 'commune', 'Thị trấn Quán Hành')),
     false, 'eligible', NULL, 'coordinator'),
    ('e7000000-0000-4000-8000-000000000306', 'e7000000-0000-4000-8000-000000000012', 6, 'Hệ thống cảnh báo ngập lụt qua tin nhắn', 'Trạm đo mực nước gửi tin nhắn cảnh báo cho người dân khi nước lên nhanh.', 'Cảm biến siêu âm đo mực nước, mô-đun SIM gửi tin nhắn.', 'Trường THPT Huỳnh Thúc Kháng', 'Thành phố Vinh', 'Phường Hà Huy Tập', jsonb_strip_nulls(jsonb_build_object('fullName', 'Thầy Phan Đức Thắng', 'school', 'Trường THPT Huỳnh Thúc Kháng', 'phone', '0904 555 666')),
     jsonb_build_array(jsonb_build_object('fullName', 'Đặng Quốc Bảo', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 16, days => 15))::date::text, 'gender', 'male', 'school', 'Trường THPT Huỳnh Thúc Kháng', 'grade', 11, 'district', 'Thành phố Vinh', 'commune', 'Phường Hà Huy Tập'), jsonb_build_object('fullName', 'Ngô Thị Yến', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 16, days => 220))::date::text, 'gender', 'female', 'school', 'Trường THPT Huỳnh Thúc Kháng', 'grade', 10, 'district', 'Thành phố Vinh', 'commune', NULL)),
     true, 'eligible', NULL, 'staff'),
    ('e7000000-0000-4000-8000-000000000307', 'e7000000-0000-4000-8000-000000000011', 7, 'Xe lăn leo bậc thang', 'Xe lăn có bánh sao giúp người khuyết tật lên xuống bậc thang.', NULL, 'Trường THCS Nghi Thu', 'Thị xã Cửa Lò', 'Phường Nghi Thu', NULL::jsonb,
     jsonb_build_array(jsonb_build_object('fullName', 'Bùi Thanh Tâm', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 13, days => 45))::date::text, 'gender', 'male', 'school', 'Trường THCS Nghi Thu', 'grade', 8, 'district', 'Thị xã Cửa Lò', 'commune', 'Phường Nghi Thu')),
     false, 'rejected', 'Trùng với sản phẩm đã đoạt giải năm trước.', 'staff'),
    ('e7000000-0000-4000-8000-000000000308', 'e7000000-0000-4000-8000-000000000013', 8, 'Gạch không nung từ tro xỉ nhà máy', 'Gạch ép từ tro xỉ và xi măng, giảm ô nhiễm và giá thành.', 'Trộn tro xỉ với xi măng theo tỷ lệ 9:1, ép thủy lực.', 'Trường THPT Cửa Lò', 'Thị xã Cửa Lò', 'Phường Nghi Hải', jsonb_strip_nulls(jsonb_build_object('fullName', 'Thầy Nguyễn Cảnh Toàn', 'school', 'Trường THPT Cửa Lò', 'phone', NULL)),
     jsonb_build_array(jsonb_build_object('fullName', 'Hoàng Thị Ngọc', 'dateOfBirth', (CURRENT_DATE - make_interval(years => 17, days => 100))::date::text, 'gender', 'female', 'school', 'Trường THPT Cửa Lò', 'grade', 12, 'district', 'Thị xã Cửa Lò', 'commune', 'Phường Nghi Hải')),
     false, 'submitted', NULL, 'staff')
) AS v(id, category_id, number, title, description, how, school, district, commune, supervisor, authors, consent, status, reason, registered_by)
WHERE EXISTS (SELECT 1 FROM contest_category c WHERE c.id = v.category_id::uuid)
ON CONFLICT DO NOTHING;
-- end of contest (core)

-- contest (judging): judges, assignments and some score sheets
-- The demo accounts `judge` (an external judge, teaching at Trường THPT Huỳnh Thúc Kháng) and `expert` (the expert
-- network's demo profile when there is one) judge this year's demo edition. judge: Kỹ thuật cơ khí and Tin học ứng
-- dụng (entry 6 of Tin học is their own school: excluded as a conflict of interest); expert: Kỹ thuật cơ khí and Môi
-- trường, with a declared relation to entry 5. Sheets: judge submitted entry 1 (8, 7, 4 → 100 × (40·8/10 + 35·7/10 +
-- 25·4/5)/100 = 76.500) and has a draft for entry 4; expert submitted entry 1 (9, 8, 5 → 89.000). Rows that exist are
-- kept, so the file can run again.
INSERT INTO contest_judge (id, edition_id, full_name, username, expert_id, affiliation, email, phone, schools, school_keys, created_at, updated_at)
SELECT v.id::uuid, 'e7000000-0000-4000-8000-000000000001', v.full_name, v.username,
       (SELECT x.id FROM expert x WHERE x.username = v.username), v.affiliation, v.email, NULL, v.schools,
       ARRAY(SELECT f_search_key(s) FROM unnest(v.schools) s), now(), now()
FROM (VALUES
    ('e7000000-0000-4000-8000-000000000401', 'ThS. Nguyễn Thị Bích Ngọc', 'judge', 'Trường THPT Huỳnh Thúc Kháng', 'judge@lhh.demo',
     ARRAY['Trường THPT Huỳnh Thúc Kháng']),
    ('e7000000-0000-4000-8000-000000000402', 'PGS.TS. Lê Văn Chuyên Gia', 'expert', 'Trường Đại học Vinh', 'expert@lhh.demo', ARRAY[]::text[])
) AS v(id, full_name, username, affiliation, email, schools)
WHERE EXISTS (SELECT 1 FROM contest_edition WHERE id = 'e7000000-0000-4000-8000-000000000001')
ON CONFLICT DO NOTHING;

INSERT INTO contest_judge_category (judge_id, category_id, created_by, created_at)
SELECT v.judge_id::uuid, v.category_id::uuid, 'demo-data', now() FROM (VALUES
    ('e7000000-0000-4000-8000-000000000401', 'e7000000-0000-4000-8000-000000000011'),
    ('e7000000-0000-4000-8000-000000000401', 'e7000000-0000-4000-8000-000000000012'),
    ('e7000000-0000-4000-8000-000000000402', 'e7000000-0000-4000-8000-000000000011'),
    ('e7000000-0000-4000-8000-000000000402', 'e7000000-0000-4000-8000-000000000013')
) AS v(judge_id, category_id)
WHERE EXISTS (SELECT 1 FROM contest_judge j WHERE j.id = v.judge_id::uuid)
  AND EXISTS (SELECT 1 FROM contest_category c WHERE c.id = v.category_id::uuid)
ON CONFLICT DO NOTHING;

INSERT INTO contest_judge_relation (id, judge_id, entry_id, note, created_by, created_at)
SELECT 'e7000000-0000-4000-8000-000000000411', 'e7000000-0000-4000-8000-000000000402', 'e7000000-0000-4000-8000-000000000305',
       'Giáo viên hướng dẫn là người nhà của giám khảo', 'demo-data', now()
WHERE EXISTS (SELECT 1 FROM contest_judge WHERE id = 'e7000000-0000-4000-8000-000000000402')
  AND EXISTS (SELECT 1 FROM contest_entry WHERE id = 'e7000000-0000-4000-8000-000000000305')
ON CONFLICT DO NOTHING;

INSERT INTO contest_score (id, judge_id, entry_id, scores, criterion_comments, comment, total, status, submitted_at, created_at, updated_at)
SELECT v.id::uuid, v.judge_id::uuid, v.entry_id::uuid, v.scores::jsonb, v.comments::jsonb, v.comment, v.total, v.status,
       CASE WHEN v.status = 'submitted' THEN now() - interval '1 day' END, now() - interval '2 days', now() - interval '1 day'
FROM (VALUES
    ('e7000000-0000-4000-8000-000000000421', 'e7000000-0000-4000-8000-000000000401', 'e7000000-0000-4000-8000-000000000301',
     '{"e7000000-0000-4000-8000-000000000111": 8, "e7000000-0000-4000-8000-000000000112": 7, "e7000000-0000-4000-8000-000000000113": 4}',
     '{"e7000000-0000-4000-8000-000000000112": "Cần thử nghiệm ở vườn rộng hơn."}', 'Mô hình chạy ổn định, thuyết minh rõ ràng.', 76.500, 'submitted'),
    ('e7000000-0000-4000-8000-000000000422', 'e7000000-0000-4000-8000-000000000401', 'e7000000-0000-4000-8000-000000000304',
     '{"e7000000-0000-4000-8000-000000000111": 6}', '{}', NULL, NULL, 'draft'),
    ('e7000000-0000-4000-8000-000000000423', 'e7000000-0000-4000-8000-000000000402', 'e7000000-0000-4000-8000-000000000301',
     '{"e7000000-0000-4000-8000-000000000111": 9, "e7000000-0000-4000-8000-000000000112": 8, "e7000000-0000-4000-8000-000000000113": 5}',
     '{}', 'Ý tưởng thiết thực cho vườn trường.', 89.000, 'submitted')
) AS v(id, judge_id, entry_id, scores, comments, comment, total, status)
WHERE EXISTS (SELECT 1 FROM contest_judge j WHERE j.id = v.judge_id::uuid)
  AND EXISTS (SELECT 1 FROM contest_entry e WHERE e.id = v.entry_id::uuid)
ON CONFLICT DO NOTHING;
-- end of contest (judging)

-- calendar (V15): this week's meetings (one double booking for "expert"), a work trip, an open workshop; times relative to today in Asia/Ho_Chi_Minh
INSERT INTO calendar_event (id, kind, title, agenda, starts_at, ends_at, place, online_url, chair_username, chair_name, visibility,
                            registration_open, capacity, registration_closes_at, created_by, created_at, updated_at)
SELECT v.id::uuid, v.kind, v.title, v.agenda,
       ((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + v.day_offset + v.starts::time) AT TIME ZONE 'Asia/Ho_Chi_Minh',
       ((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + v.day_offset + v.ends::time) AT TIME ZONE 'Asia/Ho_Chi_Minh',
       v.place, v.online_url, v.chair_username, v.chair_name, v.visibility, v.registration_open, v.capacity, NULL, 'demo-data', now(), now()
FROM (VALUES
    ('e8000000-0000-4000-8000-000000000001', 'meeting', 'Họp Ban Thường vụ Liên hiệp hội tháng này', E'1. Báo cáo kết quả công tác tháng\n2. Kế hoạch tháng tới\n3. Chuẩn bị Hội nghị Ban Chấp hành',
     1, '08:00', '11:00', 'Phòng họp tầng 3, trụ sở Liên hiệp hội', NULL, 'admin', 'Chủ tịch Liên hiệp hội', 'members', false, NULL),
    ('e8000000-0000-4000-8000-000000000002', 'work', 'Làm việc với Sở Khoa học và Công nghệ về đề án cam Vinh', NULL,
     1, '09:30', '11:30', 'Sở Khoa học và Công nghệ', NULL, 'staff', 'Phó Chủ tịch Liên hiệp hội', 'office', false, NULL),
    ('e8000000-0000-4000-8000-000000000003', 'meeting', 'Họp tổ chuyên gia phản biện (trực tuyến)', NULL,
     3, '14:00', '16:00', NULL, 'https://meet.example.vn/lhh-phan-bien', 'staff', 'Trưởng Ban Khoa học, Công nghệ và Tư vấn phản biện', 'participants', false, NULL),
    ('e8000000-0000-4000-8000-000000000004', 'workshop', 'Hội thảo khoa học: Phát triển vùng nguyên liệu cam Vinh bền vững', E'Phiên 1: Giống và kỹ thuật canh tác\nPhiên 2: Thị trường và liên kết chuỗi',
     14, '08:00', '17:00', 'Hội trường Liên hiệp hội, Vinh', NULL, 'admin', 'Chủ tịch Liên hiệp hội', 'everyone', true, 120)
) AS v(id, kind, title, agenda, day_offset, starts, ends, place, online_url, chair_username, chair_name, visibility, registration_open, capacity)
ON CONFLICT DO NOTHING;

INSERT INTO calendar_participant (event_id, position, kind, username, association_id, name)
SELECT v.event_id::uuid, v.position, v.kind, v.username, NULL, v.name
FROM (VALUES
    ('e8000000-0000-4000-8000-000000000001', 0, 'user', 'expert', NULL),
    ('e8000000-0000-4000-8000-000000000001', 1, 'user', 'staff', NULL),
    ('e8000000-0000-4000-8000-000000000002', 0, 'user', 'expert', NULL),
    ('e8000000-0000-4000-8000-000000000002', 1, 'external', NULL, 'Sở Khoa học và Công nghệ'),
    ('e8000000-0000-4000-8000-000000000003', 0, 'user', 'expert', NULL),
    ('e8000000-0000-4000-8000-000000000003', 1, 'user', 'expert2', NULL),
    ('e8000000-0000-4000-8000-000000000004', 0, 'external', NULL, 'Sở Nông nghiệp và Môi trường'),
    ('e8000000-0000-4000-8000-000000000004', 1, 'external', NULL, 'Trường Đại học Vinh')
) AS v(event_id, position, kind, username, name)
WHERE EXISTS (SELECT 1 FROM calendar_event e WHERE e.id = v.event_id::uuid)
ON CONFLICT DO NOTHING;
-- end of calendar

-- news and announcements (tin tức, thông báo): two public posts, one pinned announcement, one for members
INSERT INTO post (id, kind, title, summary, body_html, tags, audience, status, pinned, event_starts_at, event_place,
                  published_at, published_by, search_key, created_by, created_at, updated_at)
SELECT v.id::uuid, v.kind, v.title, v.summary, v.body, v.tags::text[], v.audience, 'published', v.pinned,
       v.starts::timestamptz, v.place, now() - v.age, 'demo-data',
       f_search_key(v.title || ' ' || coalesce(v.summary, '') || ' ' || array_to_string(v.tags::text[], ' ')),
       'demo-data', now() - v.age, now() - v.age
FROM (VALUES
    ('e8000000-0000-4000-8000-000000000001', 'announcement', 'Thông báo nhận hồ sơ Giải thưởng Sáng tạo Khoa học Công nghệ tỉnh',
     'Các hội thành viên gửi hồ sơ đề cử về Văn phòng Liên hiệp hội trước ngày 15 tháng 12.',
     '<p>Liên hiệp hội thông báo nhận hồ sơ đề cử <strong>Giải thưởng Sáng tạo Khoa học Công nghệ</strong>.</p><ul><li>Hồ sơ gồm: đơn đề cử, thuyết minh giải pháp, xác nhận hiệu quả áp dụng.</li><li>Nơi nhận: Văn phòng Liên hiệp hội.</li></ul>',
     '{giải thưởng,sáng tạo}', 'public', true, NULL, NULL, interval '1 day'),
    ('e8000000-0000-4000-8000-000000000002', 'news', 'Tổng kết Hội thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh',
     'Hội thi năm nay có 120 mô hình dự thi của học sinh các huyện, thị xã, thành phố.',
     '<p>Sáng nay, Liên hiệp hội phối hợp với Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo và Tỉnh đoàn tổ chức lễ tổng kết Hội thi.</p><h2>Kết quả</h2><p>Ban Giám khảo đã chọn 15 mô hình đạt giải.</p>',
     '{hội thi,thanh thiếu niên}', 'public', false, NULL, NULL, interval '3 days'),
    ('e8000000-0000-4000-8000-000000000003', 'event', 'Hội thảo khoa học: Ứng dụng công nghệ cao trong nông nghiệp',
     'Hội thảo dành cho các nhà khoa học, doanh nghiệp và hợp tác xã.',
     '<p>Liên hiệp hội tổ chức hội thảo khoa học về ứng dụng công nghệ cao trong sản xuất nông nghiệp.</p>',
     '{hội thảo,nông nghiệp}', 'public', false, '2026-12-18T01:30:00Z', 'Hội trường Liên hiệp hội', interval '5 days'),
    ('e8000000-0000-4000-8000-000000000004', 'announcement', 'Lịch giao ban các hội thành viên quý IV',
     'Giao ban quý IV với lãnh đạo các hội thành viên.',
     '<p>Đề nghị các hội cử lãnh đạo dự giao ban và gửi báo cáo trước 3 ngày.</p>',
     '{giao ban}', 'members', false, NULL, NULL, interval '2 days')
) AS v(id, kind, title, summary, body, tags, audience, pinned, starts, place, age)
WHERE NOT EXISTS (SELECT 1 FROM post p WHERE p.id = v.id::uuid);
-- end of news

-- the fund (issue #19): an open grant call of the S&T activities fund, and a closed call for task proposals
INSERT INTO fund_call (id, kind, title, description, budget_vnd, eligibility, fields, rubric, normalise_scores, opens_at, closes_at,
                       status, search_key, created_by, created_at, updated_at)
SELECT v.id::uuid, v.kind, v.title, v.description, v.budget, v.eligibility, v.fields::text[], v.rubric::jsonb, false,
       now() - v.opened, now() + v.closes, v.status, f_search_key(v.title || ' ' || v.description), 'demo-data', now() - v.opened, now() - v.opened
FROM (VALUES
    ('f1000000-0000-4000-8000-000000000001', 'grant', 'Quỹ hỗ trợ hoạt động khoa học và công nghệ năm 2027, đợt 1',
     'Hỗ trợ các hội thành viên và chuyên gia tổ chức hội thảo, tư vấn, phản biện, phổ biến kiến thức và ứng dụng tiến bộ kỹ thuật tại địa phương. Mỗi hồ sơ đề nghị tối đa 100 triệu đồng.',
     500000000, 'both', '{nong-nghiep,y-te,moi-truong}',
     '[{"code":"tinh-moi","name":"Tính mới và tính cấp thiết","description":null,"weight":40,"maxScore":10},{"code":"kha-thi","name":"Tính khả thi của phương pháp và tiến độ","description":null,"weight":35,"maxScore":10},{"code":"hieu-qua","name":"Hiệu quả kinh tế - xã hội","description":"Khả năng ứng dụng tại địa phương","weight":25,"maxScore":10}]',
     'open', interval '10 days', interval '45 days'),
    ('f1000000-0000-4000-8000-000000000002', 'task_proposal', 'Đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027',
     'Các hội thành viên đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm 2027, gửi Sở Khoa học và Công nghệ qua Liên hiệp hội.',
     2000000000, 'associations', '{}',
     '[{"code":"cap-thiet","name":"Tính cấp thiết","description":null,"weight":50,"maxScore":10},{"code":"kha-thi","name":"Tính khả thi","description":null,"weight":50,"maxScore":10}]',
     'closed', interval '90 days', interval '-30 days')
) AS v(id, kind, title, description, budget, eligibility, fields, rubric, status, opened, closes)
WHERE NOT EXISTS (SELECT 1 FROM fund_call c WHERE c.id = v.id::uuid);
-- end of fund

-- applications to the open grant call: one submitted by `officer` for Hội Y học, one draft by `expert` for themselves
INSERT INTO fund_application (id, call_id, applicant_type, association_id, expert_id, title, summary, objectives, expected_results,
                              duration_months, team, budget_lines, requested_vnd, counterpart_vnd, status, submitted_at, search_key,
                              created_by, created_at, updated_at)
SELECT v.id::uuid, 'f1000000-0000-4000-8000-000000000001', v.applicant_type,
       CASE WHEN v.applicant_type = 'association' THEN 'a0000000-0000-4000-8000-000000000001'::uuid END,
       CASE WHEN v.applicant_type = 'expert' THEN (SELECT x.id FROM expert x WHERE x.username = 'expert') END,
       v.title, v.summary, v.objectives, v.results, v.months, '[]'::jsonb, v.lines::jsonb, v.requested, v.counterpart, v.status,
       CASE WHEN v.status = 'submitted' THEN now() - interval '2 days' END, f_search_key(v.title || ' ' || v.summary), v.created_by,
       now() - interval '5 days', now() - interval '2 days'
FROM (VALUES
    ('f2000000-0000-4000-8000-000000000001', 'association', 'Hội thảo phòng chống sốt xuất huyết tại cộng đồng',
     'Tập huấn cho y tế thôn bản và cộng tác viên dân số về phát hiện sớm và phòng chống sốt xuất huyết.',
     'Nâng cao năng lực phát hiện sớm ca bệnh; phổ biến biện pháp diệt lăng quăng tại hộ gia đình.',
     '200 lượt học viên được tập huấn; tài liệu hướng dẫn phát cho 50 xã.', 6,
     '[{"item":"Tổ chức hội thảo và tập huấn","requestedVnd":60000000,"counterpartVnd":15000000},{"item":"Biên soạn và in tài liệu","requestedVnd":20000000,"counterpartVnd":0}]',
     80000000, 15000000, 'submitted', 'officer'),
    ('f2000000-0000-4000-8000-000000000002', 'expert', 'Tư vấn quy trình xử lý nước thải chăn nuôi quy mô hộ',
     'Khảo sát và tư vấn mô hình biogas kết hợp lọc sinh học cho các hộ chăn nuôi.',
     'Đề xuất quy trình phù hợp điều kiện địa phương.', 'Báo cáo tư vấn và hai mô hình thử nghiệm.', 4,
     '[{"item":"Khảo sát thực địa","requestedVnd":25000000,"counterpartVnd":0}]',
     25000000, 0, 'draft', 'expert')
) AS v(id, applicant_type, title, summary, objectives, results, months, lines, requested, counterpart, status, created_by)
WHERE NOT EXISTS (SELECT 1 FROM fund_application a WHERE a.id = v.id::uuid)
  AND (v.applicant_type = 'association' OR EXISTS (SELECT 1 FROM expert x WHERE x.username = 'expert'));
-- end of fund applications
