package vn.lhh.consultation;

import static vn.lhh.consultation.ConsultationFixtures.assignment;
import static vn.lhh.consultation.ConsultationFixtures.path;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Consultations are internal: the office manages them; an assigned expert ("expert") reaches the
 * consultation and their own assignment, an expert not assigned ("expert2") gets 404, other roles 403.
 */
public class ConsultationOperationAccess implements OperationAccess {
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * cleared: "expert" assigned and cleared of conflicts (to answer); accepted: on a second consultation, "expert"
     * assigned, cleared and accepted, with an opinion attachment.
     */
    record Scene(String id, String cleared, String document, String other, String accepted, String attachment) {
        static Scene build() {
            String expert = ExpertFixtures.profileOf("expert");
            ExpertFixtures.profileOf("expert2");
            String id = ConsultationFixtures.create(Api.unique("Phản biện ma trận thao tác"), "thuy-loi");
            String cleared = ConsultationFixtures.assign(id, expert);
            Api.as("expert").body(Map.of("hasConflict", false)).post(assignment(id, cleared) + "/declaration").then().statusCode(200);
            String doc = Api.as("staff").contentType("application/pdf").queryParam("fileName", "a.pdf").body(PDF)
                    .post(path(id) + "/documents").then().statusCode(201).extract().path("id");
            String other = ConsultationFixtures.create(Api.unique("Phản biện ma trận đã nhận"), "thuy-loi");
            String accepted = ConsultationFixtures.assign(other, expert);
            ConsultationFixtures.clearAndAccept("expert", other, accepted);
            String file = Api.as("expert").contentType("application/pdf").queryParam("fileName", "phu-luc.pdf").body(PDF)
                    .post(assignment(other, accepted) + "/opinion/attachments").then().statusCode(201).extract().path("id");
            return new Scene(id, cleared, doc, other, accepted, file);
        }
    }

    @Override
    public void declare(AccessCatalogue c) {
        Expect office = Expect.office();
        Expect assigned = Expect.roles("admin", "staff", "expert").but(HIDDEN, "expert2");
        Expect ownAssignment = Expect.roles("expert").but(HIDDEN, "expert2");
        c.feature("consultation", Scene::build)
                .op("listConsultations", (as, s) -> as.get("/api/v1/consultations"), office)
                .op("exportConsultations", (as, s) -> as.queryParam("format", "csv").queryParam("q", "ma trận thao tác").get("/api/v1/consultations/export"),
                        office)
                .op("getConsultation", (as, s) -> as.get(path(s.id())), assigned)
                .op("createConsultation", (as, s) -> as.body(Map.of()).post("/api/v1/consultations"), office)
                .op("replaceConsultation", (as, s) -> as.header("If-Match", STALE).body(ConsultationFixtures.body("x", "thuy-loi"))
                        .put(path(s.id())), office)
                .op("transitionConsultation", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "closed"))
                        .post(path(s.id()) + "/transitions"), office)
                .op("saveConsultationResponse", (as, s) -> as.header("If-Match", STALE).body(Map.of("text", "x")).put(path(s.id()) + "/response"), office)
                .op("sendConsultationResponse", (as, s) -> as.header("If-Match", STALE).body(Map.of("sentOn", "2026-01-01", "sentTo", List.of("x")))
                        .post(path(s.id()) + "/response/sending"), office)
                .op("downloadConsultationResponse", "none yet", (as, s) -> as.get(path(s.id()) + "/response/document"), office)
                .op("addConsultationDocument", (as, s) -> as.contentType("application/pdf").queryParam("fileName", "a.pdf").body(new byte[0])
                        .post(path(s.id()) + "/documents"), office)
                .op("downloadConsultationDocument", (as, s) -> as.get(path(s.id()) + "/documents/" + s.document()), assigned)
                .op("suggestExperts", (as, s) -> as.get(path(s.id()) + "/suggestions"), office)
                .op("assignExpert", "unknown expert", (as, s) -> as.body(Map.of("expertId", "00000000-0000-0000-0000-000000000000"))
                        .post(path(s.id()) + "/assignments"), office)
                .op("getAssignment", (as, s) -> as.get(assignment(s.id(), s.cleared())), assigned)
                .op("withdrawAssignment", (as, s) -> as.header("If-Match", STALE).post(assignment(s.id(), s.cleared()) + "/withdrawal"), office)
                .op("declareConflictOfInterest", "already cleared", (as, s) -> as.body(Map.of("hasConflict", false))
                        .post(assignment(s.id(), s.cleared()) + "/declaration"), ownAssignment)
                .op("answerAssignment", (as, s) -> as.body(Map.of("accept", true)).post(assignment(s.id(), s.cleared()) + "/answer"), ownAssignment)
                .op("writeOpinion", (as, s) -> as.header("If-Match", STALE).body(Map.of("text", "x", "submit", false))
                        .put(assignment(s.other(), s.accepted()) + "/opinion"), ownAssignment)
                .op("addOpinionAttachment", (as, s) -> as.contentType("application/pdf").queryParam("fileName", "b.pdf").body(PDF)
                        .post(assignment(s.other(), s.accepted()) + "/opinion/attachments"), ownAssignment)
                .op("downloadOpinionAttachment", (as, s) -> as.get(assignment(s.other(), s.accepted()) + "/opinion/attachments/" + s.attachment()),
                        assigned)
                .op("listMyAssignments", (as, s) -> as.get("/api/v1/consultation-assignments/mine"), Expect.roles("expert"))
                .op("listAssignments", (as, s) -> as.get("/api/v1/consultation-assignments"), office)
                .op("getReviewerPool", (as, s) -> as.get("/api/v1/reviewer-pool"), office)
                .op("getConsultationRules", (as, s) -> as.get("/api/v1/consultation-rules"), office)
                .op("replaceConsultationRules", (as, s) -> as.header("If-Match", STALE).body(Map.of("maxOpenAssignments", 3,
                        "requireFieldMatch", true, "minimumLevel", Map.of("advice", 30, "critique", 50, "social_assessment", 70),
                        "excludeBusyPastDeadline", true)).put("/api/v1/consultation-rules"), Expect.roles("admin"));
    }

}
