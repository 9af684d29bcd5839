package vn.lhh.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Cursors;

/** The tasks of a program walked by cursor: every task once, in the same order as page by page. */
@QuarkusTest
class ProgramTaskCursorTest {
    @Test
    void theTasksOfAProgramWalkByCursorAsByNumber() {
        String programId = ProgramFixtures.importProgram(ProgramFixtures.variant());
        for (Map<String, String> q : List.of(Map.of("programId", programId), Map.of("programId", programId, "sort", "-status,plannedEnd"))) {
            List<String> byCursor = Cursors.walk(() -> Api.as("staff"), "/api/v1/program-tasks", q, 10);
            assertEquals(8 * 6 + 29, byCursor.size());
            assertEquals(Cursors.byNumber(() -> Api.as("staff"), "/api/v1/program-tasks", q, 10), byCursor);
        }
    }
}
