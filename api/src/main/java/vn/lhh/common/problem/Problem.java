package vn.lhh.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(required = true, examples = "urn:problem-type:lhh:validation-error") String type,
        @Schema(required = true, examples = "Dữ liệu không hợp lệ") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(examples = "Trường 'name' không được để trống.") String detail,
        @Schema(examples = "/api/v1/associations") String instance,
        @Schema(description = "The X-Request-Id of the request, to quote when reporting a problem.", examples = "5f0c6f0e-1f7a-4a4b-9a52-7f1a1d2b3c4d") String requestId,
        @Schema(description = "For validation failures: each invalid field or parameter.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:problem-type:lhh:";
}
