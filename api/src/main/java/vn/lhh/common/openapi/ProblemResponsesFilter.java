package vn.lhh.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation the error responses it can give, from one rule set, so that the
 * contract lists them all without each resource repeating a dozen annotations.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParam = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                addResponses(op.getKey(), op.getValue(), hasPathParam);
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
        boolean hasBody = op.getRequestBody() != null;
        boolean hasParams = op.getParameters() != null && !op.getParameters().isEmpty();
        if (hasBody || hasParams || hasPathParam) {
            add(r, "400", "BadRequest");
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
            add(r, "415", "UnsupportedMediaType");
        }
        if (method == PathItem.HttpMethod.POST && hasBody) {
            add(r, "422", "IdempotencyKeyReused");
        }
        add(r, "500", "InternalError");
        add(r, "503", "ServiceUnavailable");
    }

    private static void add(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
