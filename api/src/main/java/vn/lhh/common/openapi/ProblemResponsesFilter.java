package vn.lhh.common.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;

/**
 * Applies the house conventions to the contract from one rule set, so that resources need not
 * repeat them: every operation lists the error responses it can give; paging parameters are
 * integers with their bounds; ids in paths are UUIDs. (Resources read parameters as strings
 * so that a bad value gets a 400 naming it, which would otherwise hide their real types.)
 */
public class ProblemResponsesFilter implements OASFilter {
    /** Operation extension naming the query filters of a public operation that need a signed-in caller (401 otherwise). */
    public static final String OFFICE_FILTERS = "x-lhh-office-filters";


    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParam = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                addResponses(op.getKey(), op.getValue(), hasPathParam);
                typeParameters(op.getValue());
            }
        }
    }

    private static void addResponses(PathItem.HttpMethod method, Operation op, boolean hasPathParam) {
        APIResponses r = op.getResponses();
        if (r == null) {
            r = OASFactory.createAPIResponses();
            op.setResponses(r);
        }
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (!secured || forPartners(op)) {
            addRateLimitHeaders(r);
        }
        boolean hasBody = op.getRequestBody() != null;
        boolean hasParams = op.getParameters() != null && !op.getParameters().isEmpty();
        if (hasBody || hasParams || hasPathParam) {
            add(r, "400", "BadRequest");
        }
        if (!secured && op.getExtensions() != null && op.getExtensions().containsKey(OFFICE_FILTERS)) {
            // a public operation whose office-only filters (named by the extension) need a signed-in caller
            r.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        }
        if (secured) {
            // replaces the bodiless 401/403 that the security scanner adds
            r.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
            r.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        }
        if (hasPathParam) {
            add(r, "404", "NotFound");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            add(r, "409", "Conflict");
        }
        boolean conditional = hasParams && op.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (conditional) {
            add(r, "412", "PreconditionFailed");
            add(r, "428", "PreconditionRequired");
        }
        if (hasBody) {
            add(r, "413", "PayloadTooLarge");
        }
        if (hasBody || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            // a bodiless POST or PUT sent with a body's Content-Type is refused as well
            add(r, "415", "UnsupportedMediaType");
        }
        if (method == PathItem.HttpMethod.POST && hasBody) {
            add(r, "422", "IdempotencyKeyReused");
        }
        // any caller may be an anonymous or partner one past its limit (vn.lhh.common.ratelimit)
        add(r, "429", "TooManyRequests");
        add(r, "500", "InternalError");
        add(r, "503", "ServiceUnavailable");
    }

    /** Operations a partner token may call (its role among the security requirement's scopes). */
    private static boolean forPartners(Operation op) {
        return op.getSecurity().stream().anyMatch(req -> req.getSchemes() != null && req.getSchemes().values().stream()
                .anyMatch(scopes -> scopes != null && scopes.contains(Roles.PARTNER)));
    }

    /** The successful answers of rate limited operations (public and partner ones) carry the counters. */
    private static void addRateLimitHeaders(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            APIResponse response = e.getValue();
            if (!e.getKey().startsWith("2") && !e.getKey().equals("304") || response.getRef() != null) {
                continue;
            }
            for (String name : RATE_LIMIT_HEADERS) {
                if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                    response.addHeader(name, OASFactory.createHeader().ref(name));
                }
            }
        }
    }

    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    /** Names ending in "Id" that are not our UUIDs: an audited record's id of any kind, a Keycloak client id. */
    private static final Set<String> NOT_UUIDS = Set.of("entityId", "clientId");

    private static final java.util.Map<String, String> INLINE_FORMATS = java.util.Map.of(
            "#/components/schemas/UUID", "uuid", "#/components/schemas/LocalDate", "date", "#/components/schemas/Instant", "date-time");

    private static void typeParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            String name = p.getName();
            // a typed parameter (vn.lhh.common.web.TypedParams) stays an inline string with its format, not a $ref
            String format = p.getSchema() == null || p.getSchema().getRef() == null ? null : INLINE_FORMATS.get(p.getSchema().getRef());
            if (format != null) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format));
            }
            if (p.getIn() == Parameter.In.QUERY && name.equals("page")) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(100_000)));
            } else if (p.getIn() == Parameter.In.QUERY && name.equals("size")) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE)).defaultValue(PageRequest.DEFAULT_SIZE));
            } else if (p.getIn() == Parameter.In.QUERY && name.equals("year")) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.valueOf(1900)).maximum(BigDecimal.valueOf(2200)));
            } else if ((p.getIn() == Parameter.In.PATH || p.getIn() == Parameter.In.QUERY) && (name.equals("id") || (name.endsWith("Id") && !NOT_UUIDS.contains(name)))) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"));
            } else if (p.getIn() == Parameter.In.PATH && name.equals("year")) {
                p.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.valueOf(1900)).maximum(BigDecimal.valueOf(2200)));
            }
            if (p.getSchema() != null && p.getSchema().getType() != null && p.getSchema().getType().contains(Schema.SchemaType.INTEGER)
                    && p.getExample() instanceof String example && example.matches("\\d{1,9}")) {
                p.setExample(Integer.parseInt(example));
            }
        }
    }

    private static void add(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
