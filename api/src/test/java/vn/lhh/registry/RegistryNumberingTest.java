package vn.lhh.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.lhh.registry.RegistryFixtures.DOCS;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.lhh.registry.dto.RegistryDtos.DocumentInput;
import vn.lhh.registry.service.RegistryService;
import vn.lhh.testsupport.Api;

/**
 * The registry's numbers have no gaps and no duplicates: concurrent registrations of one type and
 * year get exactly 1..N, and a registration that rolls back gives its number back.
 */
@QuarkusTest
class RegistryNumberingTest {
    static final int N = 24;

    @Inject
    RegistryService service;
    @Inject
    RegistryRepository repo;

    @Test
    void concurrentRegistrationsGetOneToNExactly() throws Exception {
        int year = RegistryFixtures.freshYear();
        String date = year + "-06-15";
        // tokens first, so that the requests themselves start together
        Api.as("staff");
        Api.as("admin");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                String who = i % 2 == 0 ? "staff" : "admin";
                var body = RegistryFixtures.outgoing("decision", date, "Quyết định số thứ tự " + i);
                calls.add(() -> Api.as(who).body(body).post(DOCS));
            }
            List<Integer> numbers = new ArrayList<>();
            List<String> symbols = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                numbers.add(r.path("number"));
                symbols.add(r.path("symbol"));
            }
            numbers.sort(Integer::compare);
            assertEquals(IntStream.rangeClosed(1, N).boxed().toList(), numbers, "no gap, no duplicate");
            assertEquals(N, symbols.stream().distinct().count());
            symbols.forEach(s -> assertEquals(true, s.matches("\\d+/QĐ-LHH"), s));
        } finally {
            pool.shutdownNow();
        }
        // the counter says the same, and the list of that year holds exactly these numbers
        assertEquals(N, inRequest(() -> repo.lastNumber(DocumentDirection.outgoing, "QĐ", year)));
        List<Integer> listed = Api.as("staff").queryParam("year", year).queryParam("type", "decision").queryParam("size", 100)
                .queryParam("sort", "number").get(DOCS).then().statusCode(200).extract().path("items.number");
        assertEquals(IntStream.rangeClosed(1, N).boxed().toList(), listed);
        // other types of the same year have their own series
        Response plan = Api.as("staff").body(RegistryFixtures.outgoing("plan", date, "Kế hoạch đầu tiên")).post(DOCS);
        assertEquals(1, (int) plan.path("number"));
        assertEquals("1/KH-LHH", plan.path("symbol"));
    }

    @Test
    void aRolledBackRegistrationGivesItsNumberBack() throws Exception {
        int year = RegistryFixtures.freshYear();
        String date = year + "-03-01";
        assertEquals(1, (int) Api.as("staff").body(RegistryFixtures.outgoing("report", date, "Báo cáo thứ nhất")).post(DOCS).path("number"));

        DocumentInput input = new DocumentInput(DocumentDirection.outgoing, DocumentType.report, LocalDate.parse(date), null, null, null,
                "Báo cáo bị hủy giữa chừng", null, null, null, null, null, null, null, null, null);
        int[] taken = new int[1];
        assertThrows(RuntimeException.class, () -> inRequest(() -> {
            QuarkusTransaction.requiringNew().run(() -> {
                taken[0] = service.create(input).number();
                // fails after the number was taken and the row written: everything rolls back
                throw new IllegalStateException("fails after numbering");
            });
            return null;
        }));
        assertEquals(2, taken[0], "the failed registration had taken number 2");
        assertEquals(1, inRequest(() -> repo.lastNumber(DocumentDirection.outgoing, "BC", year)), "its number went back");
        // the next registration gets 2: no gap
        Response next = Api.as("staff").body(RegistryFixtures.outgoing("report", date, "Báo cáo thứ hai")).post(DOCS);
        assertEquals(201, next.statusCode(), next.asString());
        assertEquals(2, (int) next.path("number"));
        assertEquals("2/BC-LHH", next.path("symbol"));
        // a refused registration (bad link) takes no number either
        var bad = RegistryFixtures.outgoing("report", date, "Báo cáo có liên kết sai");
        bad.put("bulletinIssueId", java.util.UUID.randomUUID().toString());
        Api.as("staff").body(bad).post(DOCS).then().statusCode(400);
        assertEquals(3, (int) Api.as("staff").body(RegistryFixtures.outgoing("report", date, "Báo cáo thứ ba")).post(DOCS).path("number"));
    }

    @Test
    void incomingDocumentsGetRegistryEntryNumbersPerYearOfArrival() {
        int year = RegistryFixtures.freshYear();
        Response first = Api.as("staff").body(RegistryFixtures.incoming(year + "-12-28", year + "-12-30", "245/UBND-KGVX", "Về việc góp ý dự thảo")).post(DOCS);
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(1, (int) first.path("number"));
        assertEquals(year, (int) first.path("year"));
        assertEquals("245/UBND-KGVX", first.path("symbol"), "the sender's symbol is kept");
        // dated earlier, received later: numbered in the order of arrival
        Response second = Api.as("staff").body(RegistryFixtures.incoming(year + "-11-02", year + "-12-31", "12/SKHCN-QLKH", "Về việc báo cáo")).post(DOCS);
        assertEquals(2, (int) second.path("number"));
    }

    private static <T> T inRequest(Callable<T> work) throws Exception {
        ManagedContext rc = Arc.container().requestContext();
        boolean activated = !rc.isActive();
        if (activated) {
            rc.activate();
        }
        try {
            return work.call();
        } finally {
            if (activated) {
                rc.terminate();
            }
        }
    }
}
