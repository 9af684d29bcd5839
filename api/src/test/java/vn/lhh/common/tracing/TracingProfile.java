package vn.lhh.common.tracing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * The test app with tracing switched on the way an operator does it: only {@code lhh.otel.endpoint}
 * is set (see TracingConfigSourceFactory). The spans go to an in-memory exporter instead of the
 * OTLP one (a build-time switch, so no collector is needed). One profile for all tracing tests: a
 * profile costs one restart of the app. (Log levels are set by the test itself: the test JVM has one
 * log manager, and a profile's log settings would stay for the other profiles' tests.)
 */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // an address nothing listens on: the OTLP exporter is off below, only the switch matters
                "lhh.otel.endpoint", "http://127.0.0.1:9/",
                "quarkus.otel.exporter.otlp.enabled", "false");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(InMemoryTracing.class);
    }
}
