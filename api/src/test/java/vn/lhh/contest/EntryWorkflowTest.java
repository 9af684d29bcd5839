package vn.lhh.contest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;

/** An entry's life: registered by a school's contact, edited, files added, submitted, judged eligible or rejected, consent recorded. */
@QuarkusTest
class EntryWorkflowTest {

    @Test
    void aSchoolContactRegistersEditsAndSubmitsThenStaffDecides() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường THCS Hưng Dũng");
        ContestFixtures.coordinator("coordinator", "school", school, "Thành phố Vinh");

        // what the contact sends as school and district does not count: its record's do
        var body = ContestFixtures.entryBody(category, "Máy tưới cây tự động", "Trường khác", "Huyện khác",
                List.of(ContestFixtures.author("Nguyễn Thị Lan Anh", school, "Thành phố Vinh")));
        var created = Api.as("coordinator").body(body).post("/api/v1/contest-entries").then().statusCode(201)
                .header("ETag", notNullValue()).header("Location", notNullValue())
                .body("status", equalTo("draft")).body("school", equalTo(school)).body("district", equalTo("Thành phố Vinh"))
                .body("registeredBy", equalTo("coordinator")).body("number", equalTo(1))
                .body("allowedTransitions", contains("submitted")).body("files", hasSize(0))
                .extract();
        String id = created.path("id");
        // the ETag given at creation is the entry's version (nothing moves it after the answer is made)
        assertEquals(created.header("ETag"), etag("coordinator", entryPath(id)));
        int year = Api.as("staff").get(ContestFixtures.editionPath(edition)).then().extract().path("year");
        Api.as("coordinator").get(entryPath(id)).then().statusCode(200).body("code", equalTo(year + "-001"))
                .body("category.id", equalTo(category)).body("authors[0].fullName", equalTo("Nguyễn Thị Lan Anh"))
                .body("supervisor.fullName", equalTo("Thầy Trần Văn Minh"));

        // edit: If-Match required, stale refused
        body.put("title", "Máy tưới cây tự động dùng năng lượng mặt trời");
        Api.as("coordinator").body(body).put(entryPath(id)).then().statusCode(428);
        Api.as("coordinator").header("If-Match", "\"99\"").body(body).put(entryPath(id)).then().statusCode(412);
        Api.as("coordinator").header("If-Match", etag("coordinator", entryPath(id))).body(body).put(entryPath(id)).then().statusCode(200)
                .body("title", equalTo("Máy tưới cây tự động dùng năng lượng mặt trời")).body("version", is(1));

        // a photo and a document, then one removed
        String photo = ContestFixtures.upload("coordinator", id, "photo", "mo-hinh.png", "image/png", ContestFixtures.png())
                .then().statusCode(200).body("files", hasSize(1)).body("files[0].kind", equalTo("photo"))
                .body("files[0].contentType", equalTo("image/png")).extract().path("files[0].id");
        ContestFixtures.upload("coordinator", id, "document", "thuyet-minh.pdf", "application/pdf", ContestFixtures.pdf("thuyết minh"))
                .then().statusCode(200).body("files", hasSize(2));
        Api.as("coordinator").get(entryPath(id) + "/files/" + photo).then().statusCode(200).contentType("image/png");
        Api.as("coordinator").header("If-Match", etag("coordinator", entryPath(id))).delete(entryPath(id) + "/files/" + photo)
                .then().statusCode(200).body("files", hasSize(1)).body("files[0].kind", equalTo("document"));
        Api.as("coordinator").get(entryPath(id) + "/files/" + photo).then().statusCode(404);

        // submit; a coordinator cannot decide eligibility
        ContestFixtures.submit("coordinator", id);
        Api.as("coordinator").get(entryPath(id)).then().body("status", equalTo("submitted")).body("submittedAt", notNullValue())
                .body("allowedTransitions", contains("draft"));
        ContestFixtures.transition("coordinator", id, "eligible", null).then().statusCode(403);
        Api.as("staff").get(entryPath(id)).then().body("allowedTransitions", contains("draft", "eligible", "rejected"));

        // rejected needs a reason; then eligible on appeal
        ContestFixtures.transition("staff", id, "rejected", null).then().statusCode(400).body("errors.field", hasItem("reason"));
        ContestFixtures.transition("staff", id, "rejected", "Trùng với sản phẩm đã dự thi năm trước").then().statusCode(200)
                .body("status", equalTo("rejected")).body("rejectionReason", equalTo("Trùng với sản phẩm đã dự thi năm trước"));
        ContestFixtures.transition("staff", id, "submitted", null).then().statusCode(409).contentType("application/problem+json");
        String moved = ContestFixtures.transition("staff", id, "eligible", null).then().statusCode(200).extract().header("ETag");
        assertEquals(moved, etag(entryPath(id)));
        Api.as("staff").get(entryPath(id)).then().body("status", equalTo("eligible")).body("rejectionReason", nullValue());

        // an eligible entry's content is frozen
        Api.as("coordinator").header("If-Match", etag("coordinator", entryPath(id))).body(body).put(entryPath(id)).then().statusCode(409);

        // consent: recorded by the registering contact at any time
        Api.as("coordinator").header("If-Match", etag("coordinator", entryPath(id))).body(Map.of("consentPublic", true, "note", "Phiếu đồng ý của phụ huynh"))
                .put(entryPath(id) + "/consent").then().statusCode(200).body("consentPublic", is(true))
                .body("consentRecordedBy", equalTo("coordinator")).body("consentRecordedAt", notNullValue());
        Api.as("staff").header("If-Match", etag(entryPath(id))).body(Map.of("consentPublic", false)).put(entryPath(id) + "/consent")
                .then().statusCode(200).body("consentPublic", is(false)).body("consentRecordedBy", equalTo("staff"));
        Api.as("admin").queryParam("entityType", "contest-entry").queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.afterState.note", hasItem("Phiếu đồng ý của phụ huynh"));

        // the coordinator's list has it, searchable without accents
        Api.as("coordinator").queryParam("edition", edition).queryParam("q", "may tuoi cay").get("/api/v1/contest-entries").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", equalTo(id)).body("items[0].code", startsWith(year + "-"));
    }

    @Test
    void aDraftIsDeletedWithItsFiles() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String id = ContestFixtures.entry(category, "Đèn học thông minh", Api.unique("Trường THPT Huỳnh Thúc Kháng"));
        ContestFixtures.upload("staff", id, "photo", "den.png", "image/png", ContestFixtures.png()).then().statusCode(200);
        ContestFixtures.submit("staff", id);
        Api.as("staff").header("If-Match", etag(entryPath(id))).delete(entryPath(id)).then().statusCode(409);
        ContestFixtures.transition("staff", id, "draft", null).then().statusCode(200).body("submittedAt", nullValue());
        Api.as("staff").header("If-Match", etag(entryPath(id))).delete(entryPath(id)).then().statusCode(204);
        Api.as("staff").get(entryPath(id)).then().statusCode(404);
    }
}
