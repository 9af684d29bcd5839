package vn.lhh.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.problem.Problems;
import vn.lhh.common.security.Roles;

/**
 * Two policies for the API's operations (health and metrics under /q are not JAX-RS and never
 * limited): anonymous callers per client address (the proxy's X-Forwarded-For when
 * quarkus.http.proxy.* trusts it) and partner tokens (role partner) per partner client (claim
 * azp), each at its own limit when one is configured (see PartnerLimits). Signed-in people (admin, staff, officers, experts) are not limited by either. Limited
 * responses carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (IETF draft); past the
 * limit the answer is 429 problem+json with Retry-After. A limit of 0 or less turns a policy off.
 */
public class RateLimitFilter {
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimiter limiter;
    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "lhh.rate-limit.anonymous.per-minute")
    int anonymousPerMinute;
    @Inject
    PartnerLimits partnerLimits;

    /** Runs on the request's worker thread (the operations are blocking), after authentication of a bearer token. */
    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext ctx, HttpServerRequest request) {
        String bucket;
        int limit;
        String policy;
        if (identity.isAnonymous()) {
            bucket = "ip:" + clientAddress(request);
            limit = anonymousPerMinute;
            policy = "anonymous";
        } else if (identity.hasRole(Roles.PARTNER) && !identity.hasRole(Roles.ADMIN) && !identity.hasRole(Roles.STAFF)) {
            String client = partnerClient();
            bucket = "partner:" + client;
            limit = partnerLimits.perMinute(client);
            policy = "partner";
        } else {
            return Optional.empty();
        }
        if (limit <= 0) {
            return Optional.empty();
        }
        RateLimiter.Decision d = limiter.hit(bucket, limit);
        if (d == null) {
            return Optional.empty();
        }
        ctx.setProperty(DECISION, d);
        if (d.allowed()) {
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>(headers(d));
        headers.put(RETRY_AFTER, Integer.toString(d.resetSeconds()));
        var locale = Problems.locale(request);
        return Optional.of(Problems.response(request, ProblemType.TOO_MANY_REQUESTS,
                Messages.get(locale, "problem.too-many-requests.detail", d.limit(),
                        Messages.get(locale, "rate-limit.client." + policy), d.resetSeconds()),
                List.of(), headers));
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision d) {
            headers(d).forEach((name, value) -> {
                if (!response.getHeaders().containsKey(name)) {
                    response.getHeaders().putSingle(name, value);
                }
            });
        }
    }

    private static Map<String, String> headers(RateLimiter.Decision d) {
        return Map.of(LIMIT, Integer.toString(d.limit()),
                REMAINING, Integer.toString(d.remaining()),
                RESET, Integer.toString(d.resetSeconds()));
    }

    private String partnerClient() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            if (azp != null) {
                return azp.toString();
            }
        }
        return identity.getPrincipal().getName();
    }

    private static String clientAddress(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
