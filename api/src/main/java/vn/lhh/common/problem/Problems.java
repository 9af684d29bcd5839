package vn.lhh.common.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.web.RequestIds;

/** Builds problem+json responses in the caller's language. */
public final class Problems {
    private Problems() {
    }

    public static Locale locale(HttpServerRequest request) {
        return Messages.fromAcceptLanguage(request == null ? null : request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static Problem problem(HttpServerRequest request, ProblemType type, String detail, List<FieldError> errors) {
        Locale locale = locale(request);
        List<FieldError> localized = null;
        if (errors != null && !errors.isEmpty()) {
            localized = new ArrayList<>(errors.size());
            for (FieldError e : errors) {
                localized.add(new FieldError(e.field(), Messages.resolve(locale, e.message())));
            }
        }
        return new Problem(type.uri(), Messages.get(locale, type.titleKey()), type.status, detail,
                request == null ? null : request.path(), RequestIds.current(request), localized);
    }

    public static Response response(HttpServerRequest request, ProblemType type, String detail,
                                    List<FieldError> errors, Map<String, String> headers) {
        Response.ResponseBuilder rb = Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem(request, type, detail, errors));
        headers.forEach(rb::header);
        if (type == ProblemType.UNAUTHORIZED) {
            rb.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lhh\"");
        }
        return rb.build();
    }

    /** A response whose detail is a message key, resolved in the caller's language. */
    public static Response response(HttpServerRequest request, ProblemType type, String detailKey, Object... args) {
        return response(request, type, Messages.get(locale(request), detailKey, args), List.of(), Map.of());
    }
}
