package vn.lhh.association;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * A write refused on authorization, sent with the record's current ETag (so only the caller's rights stop it),
 * leaves the record as it was. Who may call which route is OperationAccessMatrixTest's, for every operation.
 */
@QuarkusTest
class RefusedWritesTest {

    @TestFactory
    Stream<DynamicTest> refusedWritesChangeNothing() {
        Fixtures.associationOf("officer2");
        return Stream.of("anonymous", "officer2", "expert", "partner").map(actor -> DynamicTest.dynamicTest(actor, () -> {
            String id = Fixtures.associationOf("officer");
            String path = "/api/v1/associations/" + id;
            String term = path + "/terms/" + Fixtures.term(id, 1, LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1));
            String before = Api.as("staff").get(path).asString();
            String termBefore = Api.as("staff").get(term).asString();
            as(actor).header("If-Match", Fixtures.etag(path)).body(Fixtures.associationBody("Hội bị sửa trái phép")).put(path)
                    .then().statusCode(actor.equals("anonymous") ? 401 : 403);
            as(actor).header("If-Match", Fixtures.etag(term)).delete(term)
                    .then().statusCode(actor.equals("anonymous") ? 401 : 403);
            assertEquals(before, Api.as("staff").get(path).asString());
            assertEquals(termBefore, Api.as("staff").get(term).asString());
        }));
    }

    private static RequestSpecification as(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }
}
