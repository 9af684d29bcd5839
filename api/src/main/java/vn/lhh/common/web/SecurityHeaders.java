package vn.lhh.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response of the API (issue #9), set when the headers are written so
 * that they also reach error, 304 and 413 answers:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer};</li>
 * <li>JSON and everything else: {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}
 * with {@code X-Frame-Options: DENY}: an API answer is never a page, never framed;</li>
 * <li>a stored file served inline (a bulletin PDF read in the SPA's frame): {@code frame-ancestors}
 * lists this server and the SPA origins of {@code quarkus.http.cors.origins}, nothing else;</li>
 * <li>{@code Strict-Transport-Security} when {@code lhh.http.hsts} is set: in production only (the
 * production profile sets it; TLS ends at the ingress or reverse proxy in front of the API).</li>
 * </ul>
 * The development tools under /q/swagger-ui and /q/dev-ui (dev profile only) keep their own policy.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @ConfigProperty(name = "lhh.http.hsts")
    Optional<String> hsts;
    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> spaOrigins;

    private String fileCsp;

    void register(@Observes Filters filters) {
        fileCsp = "default-src 'none'; frame-ancestors 'self'"
                + spaOrigins.map(o -> " " + String.join(" ", o.stream().map(String::trim).filter(s -> !s.isEmpty()).toList()))
                        .orElse("");
        filters.register(this::handle, 10_001);
    }

    void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev")) {
            ctx.next();
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            MultiMap h = ctx.response().headers();
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            String disposition = h.get("Content-Disposition");
            if (disposition != null && disposition.startsWith("inline")) {
                h.set("Content-Security-Policy", fileCsp);
            } else {
                h.set("Content-Security-Policy", API_CSP);
                h.set("X-Frame-Options", "DENY");
            }
            hsts.filter(s -> !s.isBlank()).ifPresent(s -> h.set("Strict-Transport-Security", s));
        });
        ctx.next();
    }
}
