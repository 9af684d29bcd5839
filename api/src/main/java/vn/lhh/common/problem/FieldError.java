package vn.lhh.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: where it is (a JSON path such as {@code terms[0].endDate} or a parameter name) and what is wrong. */
@Schema(name = "FieldError", description = "One invalid field or parameter.")
public record FieldError(
        @Schema(examples = "name", required = true) String field,
        @Schema(examples = "không được để trống", required = true) String message) {
}
