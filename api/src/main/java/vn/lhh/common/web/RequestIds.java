package vn.lhh.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.problem.Problems;

/**
 * The first thing every HTTP request meets: gives it a request id (the caller's X-Request-Id
 * when it is sane, else a new UUID) that is echoed in the response, put in every log line
 * and quoted in problem responses; and refuses oversized JSON and text bodies before they are read.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ConfigProperty(name = "lhh.limits.max-json-body")
    long maxJsonBody;
    @ConfigProperty(name = "lhh.limits.max-text-body")
    long maxTextBody;

    void register(@Observes Filters filters) {
        filters.register(this::handle, 10_000);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String given = request.getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.headers().set(HEADER, id);
        ctx.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        ctx.addEndHandler(v -> MDC.remove(MDC_KEY));
        long limit = limitFor(request);
        if (limit > 0 && declaredLength(request) > limit) {
            var problem = Problems.problem(request, ProblemType.PAYLOAD_TOO_LARGE,
                    Messages.get(Problems.locale(request), "problem.payload-too-large.detail", limit), List.of());
            ctx.response().setStatusCode(413)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Connection", "close")
                    .end(Json.encode(problem));
            return;
        }
        ctx.next();
    }

    /** JSON and text bodies are small; files are bounded by quarkus.http.limits.max-body-size and their service. */
    private long limitFor(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        if (type == null) {
            return 0;
        }
        String t = type.toLowerCase();
        return t.contains("json") ? maxJsonBody : t.startsWith("text/") ? maxTextBody : 0;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static String current(HttpServerRequest request) {
        if (request != null && request.getHeader(HEADER) != null) {
            return request.getHeader(HEADER);
        }
        Object fromMdc = MDC.get(MDC_KEY);
        return fromMdc == null ? null : fromMdc.toString();
    }

}
