package vn.lhh.common.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tracing is off unless an operator names where the spans go: {@code lhh.otel.endpoint}
 * ({@code LHH_OTEL_ENDPOINT}) switches the OpenTelemetry SDK on and points the OTLP span exporter
 * at it, so one setting is enough and an installation without a collector pays nothing. Its
 * ordinal sits above application.properties (which disables the SDK) and below the environment,
 * so {@code QUARKUS_OTEL_SDK_DISABLED} or {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} still
 * have the last word.
 */
public class TracingConfigSourceFactory implements ConfigSourceFactory {
    static final String ENDPOINT = "lhh.otel.endpoint";
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue endpoint = context.getValue(ENDPOINT);
        if (endpoint == null || endpoint.getValue() == null || endpoint.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", endpoint.getValue().trim()), "lhh-tracing", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
