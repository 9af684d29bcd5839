package vn.lhh.common.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.lhh.common.problem.ProblemException;

/**
 * A NUL character (U+0000, {@code %00}) in a path parameter, a query parameter or a header is a 400 naming the
 * parameter or header, for every operation (issue #22): PostgreSQL cannot store or compare text holding one (the
 * query failed with a 500), and no name, search word or header value has one. JSON bodies are checked while they
 * are read ({@code vn.lhh.common.text.InputText}).
 */
public class NulCharacters {

    /** After the route is matched (its path parameters are known by name), before the operation and its body. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void refuse(ContainerRequestContext ctx) {
        check(ctx.getUriInfo().getPathParameters(true));
        check(ctx.getUriInfo().getQueryParameters(true));
        check(ctx.getHeaders());
    }

    private static void check(MultivaluedMap<String, String> values) {
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            boolean nul = hasNul(e.getKey());
            for (String v : e.getValue()) {
                nul |= hasNul(v);
            }
            if (nul) {
                throw ProblemException.invalidField(e.getKey().replace("\u0000", "\\u0000"), "validation.nul-character");
            }
        }
    }

    private static boolean hasNul(String s) {
        return s != null && s.indexOf('\u0000') >= 0;
    }
}
