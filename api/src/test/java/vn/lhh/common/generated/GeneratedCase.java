package vn.lhh.common.generated;

import java.util.Map;

/**
 * One generated request. {@code mustReject}: the input is invalid by the contract, so a 2xx is a finding;
 * otherwise (injection strings and Unicode edge cases in free text, a valid request) acceptance is allowed
 * and a rejection must still be a clean 4xx problem.
 */
record GeneratedCase(String category, OpenApiSpec.Operation op, String what, String user, String url,
                     Map<String, String> headers, String contentType, byte[] body, boolean mustReject) {
    @Override
    public String toString() {
        return category + " " + op + " [" + what + "] as " + user;
    }
}
