package vn.lhh.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.json.RefusedValueException;

/**
 * Every error leaves the API as RFC 9457 problem+json: bad input as 4xx with the field at
 * fault, never a stack trace or an SQL message; unexpected failures as a bare 500 that
 * carries the request id, with the details in the log only.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Locale locale = Problems.locale(request);
        List<FieldError> errors = new ArrayList<>();
        for (FieldError fe : e.errors()) {
            errors.add(new FieldError(fe.field(), Messages.resolve(locale, fe.message(), e.detailArgs())));
        }
        return Problems.response(request, e.type(), Messages.get(locale, e.detailKey(), e.detailArgs()), errors, e.headers());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problems.response(request, ProblemType.VALIDATION_ERROR,
                Messages.get(Problems.locale(request), "problem.validation-error.detail"), errors, Map.of());
    }

    /** Quarkus has its own mappers for these subtypes; ours must be as specific to win. */
    @ServerExceptionMapper({UnrecognizedPropertyException.class, InvalidFormatException.class, MismatchedInputException.class,
            JsonMappingException.class})
    public Response jsonMapping(JsonProcessingException e, HttpServerRequest request) {
        return json(e, request);
    }

    /**
     * In the request's words (issue #22): the JSON path of the field and the JSON type or format it needs, never
     * Jackson's message, which names the API's Java classes ({@code vn.lhh.calendar.dto.CalendarDtos$RegistrationInput}).
     */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        Locale locale = Problems.locale(request);
        if (e instanceof RefusedValueException r) {
            return fieldProblem(request, path(r), Messages.get(locale, r.messageKey(), r.args()));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return fieldProblem(request, path(u), Messages.get(locale, "validation.unknown-field"));
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String expected;
            if (target != null && target.isEnum()) {
                expected = f.getValue() instanceof String
                        ? Messages.get(locale, "validation.one-of", enumValues(target))
                        : Messages.get(locale, "validation.wrong-type", "string (" + enumValues(target) + ")");
            } else if (f.getValue() instanceof String || f.getValue() == null) {
                expected = Messages.get(locale, "validation.wrong-format", simpleType(target));
            } else {
                // a number or boolean where another type was needed (coercion refused)
                expected = Messages.get(locale, "validation.wrong-type", simpleType(target));
            }
            return fieldProblem(request, path(f), expected);
        }
        if (e instanceof MismatchedInputException m) {
            return fieldProblem(request, path(m), Messages.get(locale, "validation.wrong-type", simpleType(m.getTargetType())));
        }
        if (e instanceof JsonMappingException m && !path(m).isEmpty()) {
            return fieldProblem(request, path(m), Messages.get(locale, "validation.wrong-format", "?"));
        }
        if (e instanceof JsonParseException p && p.getLocation() != null) {
            return Problems.response(request, ProblemType.MALFORMED_REQUEST, "problem.malformed-request.json-at",
                    p.getLocation().getLineNr(), p.getLocation().getColumnNr());
        }
        return Problems.response(request, ProblemType.MALFORMED_REQUEST, "problem.malformed-request.detail");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return Problems.response(request, ProblemType.UNAUTHORIZED, "problem.unauthorized.detail");
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, AuthenticationCompletionException.class,
            AuthenticationRedirectException.class})
    public Response authenticationFailed(RuntimeException e, HttpServerRequest request) {
        return Problems.response(request, ProblemType.UNAUTHORIZED, "problem.unauthorized.invalid-token");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problems.response(request, ProblemType.FORBIDDEN, "problem.forbidden.role");
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleWrite(RuntimeException e, HttpServerRequest request) {
        return Problems.response(request, ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.concurrent");
    }

    @ServerExceptionMapper
    public Response database(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        // Services check these rules first; this is the backstop for two requests racing.
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(Locale.ROOT);
        String key = "problem.conflict.constraint." + constraint;
        String detail = Messages.get(Problems.locale(request), key);
        if (detail.equals(key)) {
            detail = Messages.get(Problems.locale(request), "problem.conflict.detail");
        }
        LOG.debugf("constraint %s violated", constraint);
        return Problems.response(request, ProblemType.CONFLICT, detail, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        // a typed parameter that failed conversion (vn.lhh.common.web.TypedParams), wrapped by RESTEasy Reactive
        if (e.getCause() instanceof ProblemException pe) {
            return problem(pe, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        if (e instanceof NotAllowedException) {
            return Problems.response(request, ProblemType.METHOD_NOT_ALLOWED, Messages.get(Problems.locale(request),
                    "problem.method-not-allowed.detail", request.method().name()), List.of(),
                    Map.of(HttpHeaders.ALLOW, String.join(", ", e.getResponse().getAllowedMethods())));
        }
        return Problems.response(request, type, type == ProblemType.NOT_FOUND ? "problem.not-found.path"
                : "problem." + type.slug() + ".detail", request.path());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        // Exceptions arrive wrapped (transactions, CDI interceptors): answer for the real cause.
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof ProblemException p) {
                return problem(p, request);
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return staleWrite((RuntimeException) c, request);
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException cv) {
                return database(cv, request);
            }
            if (c instanceof ConstraintViolationException cv) {
                return validation(cv, request);
            }
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.toString());
            return Problems.response(request, ProblemType.SERVICE_UNAVAILABLE, Messages.get(Problems.locale(request),
                    "problem.service-unavailable.detail"), List.of(), Map.of(HttpHeaders.RETRY_AFTER, "5"));
        }
        LOG.error("unexpected error", e);
        return Problems.response(request, ProblemType.INTERNAL_ERROR, "problem.internal-error.detail");
    }

    /**
     * The database is out of reach, so the request cannot be served now but may be soon: no connection
     * (SQLSTATE class 08), the server shutting down, restarting or starting up (57P01-57P03: a stopped
     * database ends its sessions with these), or no pooled connection within
     * {@code quarkus.datasource.jdbc.acquisition-timeout} (Agroal says so in its message only).
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof JDBCConnectionException || c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                if (state == null && s.getMessage() != null && s.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Response fieldProblem(HttpServerRequest request, String field, String message) {
        return Problems.response(request, ProblemType.VALIDATION_ERROR,
                Messages.get(Problems.locale(request), "problem.validation-error.detail"),
                List.of(new FieldError(field.isEmpty() ? "$" : field, message)), Map.of());
    }

    /** The JSON path of the failing value, e.g. {@code contact.email} or {@code items[2].name}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** "create.input.name" → "name"; "list.size" → "size"; "create.input.publications[0].url" → "publications[0].url". */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean sawParameter = false;
        Iterator<Path.Node> it = v.getPropertyPath().iterator();
        String parameterName = null;
        while (it.hasNext()) {
            Path.Node n = it.next();
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (n.getKind() == ElementKind.PARAMETER && !sawParameter) {
                sawParameter = true;
                parameterName = n.getName();
                continue;
            }
            String name = n.getName();
            // an index or key belongs to the container, i.e. the previous node: publications[0].url, keywords[2]
            if (n.isInIterable() && (n.getIndex() != null || n.getKey() != null) && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + (n.getIndex() != null ? n.getIndex() : n.getKey()) + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameterName == null ? "$" : parameterName;
        }
        return String.join(".", names);
    }

    private static String enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        List<String> values = new ArrayList<>();
        for (Object c : constants) {
            values.add(c.toString());
        }
        return String.join(", ", values);
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "?";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "YYYY-MM-DD";
            case "Instant", "OffsetDateTime" -> "RFC 3339";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long", "Short", "short" -> "integer";
            case "Double", "double", "Float", "float", "BigDecimal" -> "number";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            default -> type.isArray() || Collection.class.isAssignableFrom(type) ? "array"
                    : type.isEnum() ? "string (" + enumValues(type) + ")" : "object";
        };
    }
}
