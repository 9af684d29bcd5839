package vn.lhh.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.association.dto.AssociationDetail;
import vn.lhh.association.dto.AssociationInput;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.security.Roles;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.StatementCounter;

/**
 * An officer's replace of their association asks "may this caller manage it?" three times (to see a
 * suspended association, to change it, for the answer's flags); the request-scoped access decision
 * reads the officer relation once. The real service and database; only the caller's identity is set
 * directly, so that the statements are counted on this thread.
 */
@QuarkusTest
class AssociationAccessStatementsTest {
    @Inject
    AssociationService associations;
    @Inject
    CurrentIdentityAssociation identities;

    @Test
    void anOfficersReplaceReadsTheOfficerRelationOnce() {
        String id = Fixtures.associationOf("officer");
        String path = "/api/v1/associations/" + id;
        Map<String, Object> body = Fixtures.associationBody(Api.unique("Hội tạm ngừng đếm truy vấn"));
        body.put("status", "suspended");
        Api.as("staff").header("If-Match", Fixtures.etag(path)).body(body).put(path).then().statusCode(200);
        long version = Long.parseLong(Fixtures.etag(path).replace("\"", ""));
        AssociationInput in = new AssociationInput(Api.unique("Hội đổi tên bởi cán bộ"), "HĐT", "Y tế", null, null, null, 130,
                "Mô tả mới", null, null);

        AssociationDetail updated;
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("officer"))
                    .addRole(Roles.ASSOCIATION_OFFICER).build());
            var counted = StatementCounter.during(() -> associations.update(UUID.fromString(id), "\"" + version + "\"", in));
            updated = counted.result();
            assertEquals(in.name(), updated.name());
            assertTrue(updated.version() > version, "the answer carries the new version");
            long officerQueries = counted.statements().stream().filter(s -> s.contains("association_officer")).count();
            assertEquals(1, officerQueries, counted.statements().toString());
        } finally {
            request.terminate();
        }
        // over HTTP the decision is still per caller: another association's officer is refused
        Api.as("officer2").header("If-Match", Fixtures.etag(path)).body(Fixtures.associationBody(Api.unique("Hội khác")))
                .put(path).then().statusCode(404);
        assertTrue(Api.as("officer").get(path).then().statusCode(200).extract().path("name").equals(in.name()));
        assertEquals("\"" + updated.version() + "\"", Fixtures.etag(path));
    }
}
