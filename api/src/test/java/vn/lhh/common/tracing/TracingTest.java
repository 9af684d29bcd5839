package vn.lhh.common.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;

/**
 * Issue #22, operators: with tracing switched on (only {@code lhh.otel.endpoint} set), an HTTP
 * request has a server span with its JDBC statements as descendants, its log lines carry the
 * trace id beside the request id, and the scheduled jobs and the dispatchers' units of work
 * (@WithSpan) have spans of their own.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    InMemorySpanExporter exporter;

    @Test
    void theEndpointSettingAloneSwitchesTheSdkOn() {
        assertEquals(Boolean.FALSE, ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class));
        assertEquals("http://127.0.0.1:9/",
                ConfigProvider.getConfig().getValue("quarkus.otel.exporter.otlp.traces.endpoint", String.class));
    }

    @Test
    void anHttpRequestHasAServerSpanWithItsJdbcStatementsAndItsLogLinesCarryTheTraceId() {
        // Hibernate writes each statement to this category at DEBUG: a log line of the request's own thread
        Capture sqlLog = new Capture();
        Logger sql = Logger.getLogger("org.hibernate.SQL");
        Level level = sql.getLevel();
        sql.setLevel(Level.FINE);
        sql.addHandler(sqlLog);
        String token = "tracing" + UUID.randomUUID().toString().substring(0, 8);
        String requestId = "trace-test-" + token;
        try {
            Api.anonymous().header("X-Request-Id", requestId).queryParam("q", token)
                    .get("/api/v1/associations").then().statusCode(200);

            SpanData server = await("the server span of the request",
                    s -> s.getKind() == SpanKind.SERVER && mentions(s, token));
            assertTrue(server.getName().contains("/api/v1/associations"), server.getName());
            String traceId = server.getTraceId();

            // its statements: JDBC client spans (the SQL and the database) in the same trace, below the server span
            List<SpanData> jdbc = awaitAll("the JDBC statement spans of the request",
                    s -> s.getTraceId().equals(traceId) && isJdbc(s) && s.getKind() == SpanKind.CLIENT);
            for (SpanData statement : jdbc) {
                assertTrue(descendsFrom(statement, server), "not below the server span: " + statement);
                assertEquals("postgresql", statement.getAttributes().asMap().entrySet().stream()
                        .filter(e -> e.getKey().getKey().startsWith("db.system")).findFirst().orElseThrow().getValue());
            }
            assertTrue(jdbc.stream().anyMatch(s -> s.getAttributes().asMap().entrySet().stream().anyMatch(
                    e -> e.getKey().getKey().matches("db\\.(statement|query\\.text)")
                            && String.valueOf(e.getValue()).toLowerCase().contains("association"))),
                    "no statement span reads the associations: " + jdbc);

            // a log line written while the request ran: the request id and the trace id, in the configured format
            List<ExtLogRecord> lines = sqlLog.records.stream()
                    .filter(r -> requestId.equals(r.getMdc("requestId"))).toList();
            assertFalse(lines.isEmpty(), "no SQL log line with the request id; captured: " + sqlLog.records.size());
            PatternFormatter format = new PatternFormatter(
                    ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class));
            for (ExtLogRecord line : lines) {
                assertEquals(traceId, line.getMdc("traceId"));
                String printed = format.format(line);
                assertTrue(printed.contains("[req=" + requestId + " trace=" + traceId + "]"), printed);
            }
        } finally {
            sql.removeHandler(sqlLog);
            sql.setLevel(level);
        }
    }

    @Test
    void scheduledJobsAndTheDispatchersUnitsOfWorkHaveSpans() {
        // the test profile runs both dispatchers every second; each tick: the job's span, the unit of work inside it
        for (String[] job : new String[][] {{"notification-dispatch", "notification.mail-dispatch"},
                {"webhook-dispatch", "webhook.dispatch"}}) {
            SpanData unit = await("the span " + job[1], s -> s.getName().equals(job[1]));
            SpanData tick = await("the job span around " + job[1],
                    s -> s.getSpanId().equals(unit.getParentSpanId()) && s.getTraceId().equals(unit.getTraceId()));
            assertTrue(tick.getName().contains(job[0]), job[0] + " ≠ " + tick.getName());
            // and its statements below it
            await("a JDBC span of " + job[1], s -> s.getTraceId().equals(unit.getTraceId()) && isJdbc(s)
                    && descendsFrom(s, unit));
        }
        await("the partner pull job's span", s -> s.getName().contains("partner-pull"));
    }

    private static boolean isJdbc(SpanData s) {
        return s.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("db.system"));
    }

    private static boolean mentions(SpanData s, String token) {
        return s.getAttributes().asMap().values().stream().anyMatch(v -> String.valueOf(v).contains(token));
    }

    /** Whether {@code span} is {@code ancestor} or below it, following the parents among the finished spans. */
    private boolean descendsFrom(SpanData span, SpanData ancestor) {
        Map<String, SpanData> byId = exporter.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(ancestor.getTraceId()))
                .collect(Collectors.toMap(SpanData::getSpanId, s -> s, (a, b) -> a));
        SpanData current = span;
        for (int depth = 0; current != null && depth < 50; depth++) {
            if (current.getSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
            current = byId.get(current.getParentSpanId());
        }
        return false;
    }

    private SpanData await(String what, Predicate<SpanData> match) {
        return awaitAll(what, match).get(0);
    }

    private List<SpanData> awaitAll(String what, Predicate<SpanData> match) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<SpanData> found = exporter.getFinishedSpanItems().stream().filter(match).toList();
            if (!found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String seen = exporter.getFinishedSpanItems().stream().map(s -> s.getName() + " " + s.getKind())
                .distinct().limit(60).collect(Collectors.joining(", "));
        return fail("no " + what + " within " + WAIT + "; finished spans: " + seen);
    }

    /** Keeps the records of one logger (and so their MDC as it was when they were written). */
    static final class Capture extends Handler {
        final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
