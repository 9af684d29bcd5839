package vn.lhh.bulletin.distribution;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.lhh.bulletin.distribution.DistributionFixtures.LISTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.RECIPIENTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.batchBody;
import static vn.lhh.bulletin.distribution.DistributionFixtures.distribution;
import static vn.lhh.bulletin.distribution.DistributionFixtures.etag;
import static vn.lhh.bulletin.distribution.DistributionFixtures.member;
import static vn.lhh.bulletin.distribution.DistributionFixtures.recipient;
import static vn.lhh.bulletin.distribution.DistributionFixtures.recipientBody;
import static vn.lhh.bulletin.distribution.DistributionFixtures.record;
import static vn.lhh.bulletin.distribution.DistributionFixtures.recordBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.testsupport.Api;

/** Recipients, lists, an issue's records (one by one and from a list) and their corrections. */
@QuarkusTest
class DistributionWorkflowTest {
    static final String TODAY = ProvinceClock.today().toString();

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void recipientsAreSearchedAndFilteredAccentsAside() {
        String t = tag();
        String district = "Huyện Nghi Lộc " + t;
        String commune = recipient("commune", "Xã Nghi Phong " + t, district, 2);
        String ward = recipient("ward", "Phường Hưng Dũng " + t, district, 1);
        Map<String, Object> dept = recipientBody("department", "Sở Khoa học và Công nghệ " + t, null, 3);
        dept.put("address", "Số 75 đường Nguyễn Thị Minh Khai, TP. Vinh " + t);
        dept.put("contactPerson", "Nguyễn Thị Hoa");
        dept.put("phone", "0238 3844 555");
        String department = Api.as("staff").body(dept).post(RECIPIENTS).then().statusCode(201)
                .body("kind", equalTo("department")).body("district", nullValue()).body("copies", equalTo(3)).body("active", equalTo(true))
                .body("contactPerson", equalTo("Nguyễn Thị Hoa")).body("recordCount", equalTo(0)).extract().path("id");
        Map<String, Object> inactiveTown = recipientBody("town", "Thị trấn Quán Hành " + t, district, 1);
        inactiveTown.put("active", false);
        String town = Api.as("admin").body(inactiveTown).post(RECIPIENTS).then().statusCode(201).body("active", equalTo(false)).extract().path("id");

        // name, district and address, typed without accents
        Api.as("staff").queryParam("q", "xa nghi phong " + t).get(RECIPIENTS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(commune));
        Api.as("staff").queryParam("q", "nguyen thi minh khai " + t).get(RECIPIENTS).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(department));
        Api.as("staff").queryParam("q", t).get(RECIPIENTS).then().body("total", equalTo(4));
        // the district filter takes the whole district name, accents and case aside
        Api.as("staff").queryParam("district", "HUYEN NGHI LOC " + t).get(RECIPIENTS).then().body("total", equalTo(3))
                .body("items.id", not(hasItem(department)));
        Api.as("staff").queryParam("district", "Nghi Lộc " + t).get(RECIPIENTS).then().body("total", equalTo(0));
        Api.as("staff").queryParam("district", district).queryParam("kind", "ward").get(RECIPIENTS).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(ward));
        Api.as("staff").queryParam("q", t).queryParam("active", "false").get(RECIPIENTS).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(town));
        Api.as("staff").queryParam("q", t).queryParam("active", "true").get(RECIPIENTS).then().body("total", equalTo(3));
        // sorting and paging
        Api.as("staff").queryParam("q", t).queryParam("sort", "-copies,name").queryParam("size", "2").get(RECIPIENTS).then()
                .body("items.id", equalTo(List.of(department, commune))).body("size", equalTo(2)).body("total", equalTo(4));
        Api.as("staff").queryParam("q", t).queryParam("sort", "-copies,name").queryParam("size", "2").queryParam("page", "2").get(RECIPIENTS).then()
                .body("items.id", equalTo(List.of(ward, town)));
    }

    @Test
    void recipientsAreEditedWithIfMatchAndKeptUnique() {
        String t = tag();
        String district = "Huyện Diễn Châu " + t;
        // communes, wards and towns need their district
        Api.as("staff").body(recipientBody("commune", "Xã Diễn Kỷ " + t, null, 1)).post(RECIPIENTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("district"));
        Api.as("staff").body(recipientBody("town", "Thị trấn Diễn Châu " + t, "  ", 1)).post(RECIPIENTS).then().statusCode(400)
                .body("errors.field", hasItem("district"));

        // Idempotency-Key: a retry returns the first result and creates nothing more
        Map<String, Object> body = recipientBody("commune", "Xã Diễn Kỷ " + t, district, 2);
        String key = "recipient-" + t;
        String id = Api.as("staff").header("Idempotency-Key", key).body(body).post(RECIPIENTS).then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString(RECIPIENTS + "/")).extract().path("id");
        Api.as("staff").header("Idempotency-Key", key).body(body).post(RECIPIENTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        Api.as("staff").queryParam("q", t).get(RECIPIENTS).then().body("total", equalTo(1));

        // the same name in the same district, however spelled, is refused; in another district it is fine
        Api.as("staff").body(recipientBody("commune", "XA DIEN KY " + t, "huyen dien chau " + t, 1)).post(RECIPIENTS).then().statusCode(409)
                .contentType("application/problem+json");
        recipient("commune", "Xã Diễn Kỷ " + t, "Huyện Yên Thành " + t, 1);
        recipient("department", "Xã Diễn Kỷ " + t, null, 1);

        String path = RECIPIENTS + "/" + id;
        Api.as("staff").get(path).then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Xã Diễn Kỷ " + t))
                .body("district", equalTo(district)).body("copies", equalTo(2));
        Api.as("staff").header("If-None-Match", "\"0\"").get(path).then().statusCode(304);

        Map<String, Object> edit = recipientBody("commune", "Xã Diễn Kỷ " + t, district, 4);
        edit.put("note", "Nhận tại bộ phận một cửa");
        Api.as("staff").body(edit).put(path).then().statusCode(428).contentType("application/problem+json");
        Api.as("staff").header("If-Match", "\"5\"").body(edit).put(path).then().statusCode(412).contentType("application/problem+json");
        Api.as("staff").header("If-Match", "\"0\"").body(edit).put(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("copies", equalTo(4)).body("note", equalTo("Nhận tại bộ phận một cửa")).body("version", equalTo(1));
        // a second writer with the old ETag loses
        Api.as("admin").header("If-Match", "\"0\"").body(recipientBody("commune", "Xã khác " + t, district, 1)).put(path).then().statusCode(412);
        Api.as("staff").header("If-None-Match", "\"0\"").get(path).then().statusCode(200).body("copies", equalTo(4));

        // nothing sent to it yet: it may be deleted
        Api.as("staff").delete(path).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        Api.as("staff").header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        Api.as("staff").get(path).then().statusCode(404).contentType("application/problem+json");
        Api.as("admin").queryParam("entityType", "distribution-recipient").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .statusCode(200).body("items.action", hasItem("create")).body("items.action", hasItem("update")).body("items.action", hasItem("delete"));
    }

    @Test
    void listsKeepTheirMembersAndCopies() {
        String t = tag();
        String a = recipient("commune", "Xã Nghi Xuân " + t, "Huyện Nghi Lộc " + t, 2);
        String b = recipient("department", "Sở Giáo dục và Đào tạo " + t, null, 3);
        Map<String, Object> inactive = recipientBody("ward", "Phường Bến Thủy " + t, "TP. Vinh " + t, 5);
        inactive.put("active", false);
        String c = Api.as("staff").body(inactive).post(RECIPIENTS).then().statusCode(201).extract().path("id");

        Map<String, Object> body = DistributionFixtures.listBody("Xã, phường, thị trấn " + t, List.of(member(a, null), member(b, 10), member(c, null)));
        String id = Api.as("staff").header("Idempotency-Key", "list-" + t).body(body).post(LISTS).then().statusCode(201).header("ETag", "\"0\"")
                .body("members", hasSize(3)).body("members.recipientId", equalTo(List.of(a, b, c)))
                .body("members[0].copies", nullValue()).body("members[0].effectiveCopies", equalTo(2))
                .body("members[1].copies", equalTo(10)).body("members[1].effectiveCopies", equalTo(10))
                .body("members[2].active", equalTo(false))
                // a sending reaches the active members: 2 + 10 copies
                .body("activeMemberCount", equalTo(2)).body("copies", equalTo(12)).extract().path("id");
        Api.as("staff").header("Idempotency-Key", "list-" + t).body(body).post(LISTS).then().statusCode(201).body("id", equalTo(id));
        // a second list of the same name, however spelled, is refused
        Api.as("staff").body(DistributionFixtures.listBody("XA, PHUONG, THI TRAN " + t, List.of())).post(LISTS).then().statusCode(409);

        Api.as("staff").queryParam("q", "xa phuong " + t).get(LISTS).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].memberCount", equalTo(3)).body("items[0].activeMemberCount", equalTo(2))
                .body("items[0].copies", equalTo(12));

        String path = LISTS + "/" + id;
        Api.as("staff").header("If-None-Match", "\"0\"").get(path).then().statusCode(304);
        Map<String, Object> reordered = DistributionFixtures.listBody("Xã, phường, thị trấn " + t, List.of(member(c, 1), member(a, 4)));
        Api.as("staff").body(reordered).put(path).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"3\"").body(reordered).put(path).then().statusCode(412);
        Api.as("staff").header("If-Match", "\"0\"").body(reordered).put(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("members.recipientId", equalTo(List.of(c, a))).body("members[1].effectiveCopies", equalTo(4)).body("copies", equalTo(4));
        Api.as("staff").get(path).then().body("members.recipientId", equalTo(List.of(c, a)));

        // deleting a recipient nothing was sent to takes it off the list, and the list's version moves
        Api.as("staff").header("If-Match", etag(RECIPIENTS + "/" + c)).delete(RECIPIENTS + "/" + c).then().statusCode(204);
        String after = Api.as("staff").get(path).then().statusCode(200).body("members.recipientId", equalTo(List.of(a))).extract().header("ETag");
        assertNotEquals("\"1\"", after);

        Api.as("staff").delete(path).then().statusCode(428);
        Api.as("staff").header("If-Match", after).delete(path).then().statusCode(204);
        Api.as("staff").get(path).then().statusCode(404);
    }

    @Test
    void sendingToAListRecordsEachActiveMemberOnceAndReportsTheRest() {
        String t = tag();
        String issue = BulletinFixtures.published(Api.unique("Tập san cấp phát"));
        String a = recipient("commune", "Xã Hưng Đông " + t, "TP. Vinh " + t, 2);
        String b = recipient("ward", "Phường Quang Trung " + t, "TP. Vinh " + t, 1);
        String c = recipient("department", "Sở Nội vụ " + t, null, 3);
        String d = recipient("town", "Thị trấn Hưng Nguyên " + t, "Huyện Hưng Nguyên " + t, 1);
        String p = recipient("partner_union", "Liên hiệp hội Hà Tĩnh " + t, null, 2);
        String list = DistributionFixtures.list("Gửi hàng tháng " + t, List.of(member(a, null), member(b, null), member(c, null), member(d, 5)));
        // c stops receiving after the list was made
        Map<String, Object> stop = recipientBody("department", "Sở Nội vụ " + t, null, 3);
        stop.put("active", false);
        Api.as("staff").header("If-Match", "\"0\"").body(stop).put(RECIPIENTS + "/" + c).then().statusCode(200);

        // b was sent one by one before: 4 copies instead of its 1; copies default to the recipient's
        String rb = Api.as("staff").body(recordBody(b, 4, TODAY, "in_person")).post(distribution(issue)).then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString(distribution(issue) + "/"))
                .body("recipientId", equalTo(b)).body("copies", equalTo(4)).body("method", equalTo("in_person"))
                .body("recipientName", equalTo("Phường Quang Trung " + t)).body("recipientKind", equalTo("ward"))
                .body("createdBy", equalTo("staff")).body("listId", nullValue()).extract().path("id");
        Api.as("admin").body(recordBody(p, null, TODAY, "post")).post(distribution(issue)).then().statusCode(201).body("copies", equalTo(2));
        // the same recipient twice for one issue is refused
        Api.as("staff").body(recordBody(b, 1, TODAY, "post")).post(distribution(issue)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Phường Quang Trung"));

        JsonPath result = Api.as("staff").body(batchBody(list, TODAY, "post")).post(distribution(issue) + "/batches").then().statusCode(201)
                .body("listId", equalTo(list))
                .body("created.recipientId", equalTo(List.of(a, d)))
                .body("created.copies", equalTo(List.of(2, 5)))
                .body("created.listId", everyItem(equalTo(list)))
                .body("createdCopies", equalTo(7))
                .body("skipped", hasSize(2))
                .body("issueRecipients", equalTo(4)).body("issueCopies", equalTo(4 + 2 + 2 + 5))
                .extract().jsonPath();
        assertEquals(Map.of(b, "already_recorded", c, "inactive"),
                Map.of(result.getString("skipped[0].recipientId"), result.getString("skipped[0].reason"),
                        result.getString("skipped[1].recipientId"), result.getString("skipped[1].reason")));

        // again: everything is recorded or inactive, nothing new
        Api.as("staff").body(batchBody(list, TODAY, "post")).post(distribution(issue) + "/batches").then().statusCode(200)
                .body("created", hasSize(0)).body("skipped", hasSize(4)).body("issueRecipients", equalTo(4));

        // the issue's distribution: totals over every record, per kind, and the records
        Api.as("staff").get(distribution(issue)).then().statusCode(200)
                .body("issue.id", equalTo(issue)).body("issue.status", equalTo("published"))
                .body("recipients", equalTo(4)).body("copies", equalTo(13)).body("total", equalTo(4)).body("items", hasSize(4))
                .body("byKind.kind", equalTo(List.of("commune", "ward", "town", "department", "partner_union", "other")))
                .body("byKind.copies", equalTo(List.of(2, 4, 5, 0, 2, 0)))
                .body("byKind.recipients", equalTo(List.of(1, 1, 1, 0, 1, 0)));
        Api.as("staff").queryParam("kind", "town").get(distribution(issue)).then().body("total", equalTo(1))
                .body("items[0].recipientId", equalTo(d)).body("recipients", equalTo(4));
        Api.as("staff").queryParam("sort", "-copies").queryParam("size", "1").get(distribution(issue)).then()
                .body("items[0].recipientId", equalTo(d)).body("total", equalTo(4)).body("items", hasSize(1));
        Api.as("staff").get(distribution(issue) + "/" + rb).then().statusCode(200).header("ETag", "\"0\"").body("copies", equalTo(4));
        Api.as("staff").get(RECIPIENTS + "/" + a).then().body("recordCount", equalTo(1));
    }

    @Test
    void onlyPublishedIssuesAreDistributed() {
        String t = tag();
        String draft = BulletinFixtures.draft(Api.unique("Tập san nháp"));
        String r = DistributionFixtures.commune("Xã Nam Đàn " + t);
        String list = DistributionFixtures.list("Danh sách nháp " + t, List.of(member(r, null)));
        Api.as("staff").body(recordBody(r, 1, TODAY, "post")).post(distribution(draft)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("draft"));
        Api.as("staff").body(batchBody(list, TODAY, "post")).post(distribution(draft) + "/batches").then().statusCode(409);
        Api.as("staff").get(distribution(draft)).then().statusCode(200).body("recipients", equalTo(0)).body("items", hasSize(0))
                .body("issue.status", equalTo("draft"));

        // once withdrawn, no more copies go out; what was sent stays on record
        String issue = BulletinFixtures.published(Api.unique("Tập san thu hồi"));
        record(issue, r, 1, TODAY);
        BulletinFixtures.transition(issue, "withdrawn", "Sai sót nội dung");
        String other = DistributionFixtures.commune("Xã Nam Thanh " + t);
        Api.as("staff").body(recordBody(other, 1, TODAY, "post")).post(distribution(issue)).then().statusCode(409);
        Api.as("staff").get(distribution(issue)).then().statusCode(200).body("recipients", equalTo(1)).body("issue.status", equalTo("withdrawn"));
    }

    @Test
    void aRecipientWithRecordsIsDeactivatedNotDeleted() {
        String t = tag();
        String issue = BulletinFixtures.published(Api.unique("Tập san lưu vết"));
        String district = "Huyện Quỳnh Lưu " + t;
        String r = recipient("commune", "Xã Quỳnh Đôi " + t, district, 2);
        String recordId = record(issue, r, null, TODAY);
        String path = RECIPIENTS + "/" + r;

        Api.as("staff").header("If-Match", "\"0\"").delete(path).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("active=false"));
        Api.as("staff").get(path).then().statusCode(200).body("recordCount", equalTo(1));

        // communes merge: the recipient is renamed and stops receiving; the record keeps what it was sent as
        Map<String, Object> merged = recipientBody("commune", "Xã Quỳnh Đôi mới " + t, district, 2);
        merged.put("active", false);
        Api.as("staff").header("If-Match", "\"0\"").body(merged).put(path).then().statusCode(200).body("active", equalTo(false));
        Api.as("staff").get(distribution(issue) + "/" + recordId).then().body("recipientName", equalTo("Xã Quỳnh Đôi " + t))
                .body("recipientDistrict", equalTo(district)).body("copies", equalTo(2));

        String next = BulletinFixtures.published(Api.unique("Tập san sau sáp nhập"));
        Api.as("staff").body(recordBody(r, 1, TODAY, "post")).post(distribution(next)).then().statusCode(409)
                .body("detail", containsString("Quỳnh Đôi mới"));
        String list = DistributionFixtures.list("Danh sách Quỳnh Lưu " + t, List.of(member(r, null)));
        Api.as("staff").body(batchBody(list, TODAY, "courier")).post(distribution(next) + "/batches").then().statusCode(200)
                .body("created", hasSize(0)).body("skipped[0].reason", equalTo("inactive"));

        // deleting the list leaves the records made with it
        String a = DistributionFixtures.commune("Xã Quỳnh Bảng " + t);
        String list2 = DistributionFixtures.list("Danh sách tạm " + t, List.of(member(a, null)));
        String made = Api.as("staff").body(batchBody(list2, TODAY, "courier")).post(distribution(next) + "/batches").then().statusCode(201)
                .body("created[0].listId", equalTo(list2)).extract().path("created[0].id");
        Api.as("staff").header("If-Match", "\"0\"").delete(LISTS + "/" + list2).then().statusCode(204);
        Api.as("staff").get(distribution(next) + "/" + made).then().statusCode(200).body("listId", nullValue()).body("method", equalTo("courier"));
    }

    @Test
    void recordsAreCorrectedAndDeletedWithIfMatch() {
        String t = tag();
        String issue = BulletinFixtures.published(Api.unique("Tập san sửa bản ghi"));
        String other = BulletinFixtures.published(Api.unique("Tập san khác"));
        String r = DistributionFixtures.commune("Xã Thanh Chương " + t);
        String id = record(issue, r, 3, TODAY);
        String path = distribution(issue) + "/" + id;
        Map<String, Object> fix = Map.of("copies", 7, "sentOn", TODAY, "method", "courier", "note", "Gửi bổ sung");

        // a record is reached only through its own issue
        Api.as("staff").get(distribution(other) + "/" + id).then().statusCode(404);
        Api.as("staff").header("If-Match", "\"0\"").body(fix).put(distribution(other) + "/" + id).then().statusCode(404);

        Api.as("staff").body(fix).put(path).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"9\"").body(fix).put(path).then().statusCode(412);
        Api.as("staff").header("If-Match", "\"0\"").body(fix).put(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("copies", equalTo(7)).body("method", equalTo("courier")).body("note", equalTo("Gửi bổ sung")).body("recipientId", equalTo(r));
        Api.as("staff").get(distribution(issue)).then().body("copies", equalTo(7));
        Api.as("staff").header("If-None-Match", "\"1\"").get(path).then().statusCode(304);
        Api.as("staff").header("If-None-Match", "\"0\"").get(path).then().statusCode(200).body("version", equalTo(1));

        Api.as("staff").delete(path).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        Api.as("staff").header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        Api.as("staff").get(path).then().statusCode(404);
        Api.as("staff").get(distribution(issue)).then().body("recipients", equalTo(0)).body("copies", equalTo(0));
        // with its record gone the recipient may be recorded again, or deleted
        record(issue, r, 1, TODAY);
        Api.as("admin").queryParam("entityType", "distribution-record").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .body("items.action", hasItem("delete")).body("items[0].actor", notNullValue());
    }
}
