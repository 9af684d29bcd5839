package vn.lhh.common.files;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;

/** File responses: the type the content was checked to be, the original name in UTF-8, never sniffed by the browser. */
public final class Downloads {
    private static final Pattern SINGLE_RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private Downloads() {
    }

    public static Response attachment(byte[] content, String contentType, String fileName) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", disposition(true, fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * Streams a stored file with its type, length and ETag (its SHA-256), honouring If-None-Match
     * and a single byte range (RFC 9110: Range, If-Range; 206 or 416). Several ranges in one request
     * are answered with the whole file, which the RFC allows.
     */
    public static Response stream(FileStore store, StoredFile f, String range, String ifRange, String ifNoneMatch, boolean attachment) {
        String etag = "\"" + f.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || List.of(ifNoneMatch.split(",")).stream()
                .map(t -> t.trim().replaceFirst("^W/", "")).anyMatch(etag::equals))) {
            return Response.notModified().header("ETag", etag).build();
        }
        long size = f.sizeBytes();
        long start = 0;
        long end = size - 1;
        boolean partial = false;
        if (range != null && (ifRange == null || ifRange.trim().equals(etag))) {
            Matcher m = SINGLE_RANGE.matcher(range.trim());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                if (m.group(1).isEmpty()) {
                    // suffix range: the last n bytes
                    long n = parse(m.group(2));
                    start = Math.max(0, size - n);
                } else {
                    start = parse(m.group(1));
                    end = m.group(2).isEmpty() ? size - 1 : Math.min(parse(m.group(2)), size - 1);
                }
                if (start >= size || start > end || (m.group(1).isEmpty() && parse(m.group(2)) == 0)) {
                    throw new ProblemException(ProblemType.RANGE_NOT_SATISFIABLE, List.of(), Map.of("Content-Range", "bytes */" + size),
                            "problem.range-not-satisfiable.detail", size);
                }
                partial = true;
            }
        }
        long from = start;
        long length = end - start + 1;
        StreamingOutput body = out -> store.copy(f.id(), from, length, out);
        Response.ResponseBuilder r = Response.status(partial ? 206 : 200).entity(body)
                .type(f.contentType())
                .header("Content-Length", length)
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header("Cache-Control", "no-cache")
                .header("Content-Disposition", disposition(attachment, f.fileName()))
                .header("X-Content-Type-Options", "nosniff");
        if (partial) {
            r.header("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        return r.build();
    }

    private static long parse(String digits) {
        // digits only (the pattern): too long a number is simply past the end
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private static String disposition(boolean attachment, String fileName) {
        return (attachment ? "attachment" : "inline") + "; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
