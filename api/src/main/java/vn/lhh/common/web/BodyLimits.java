package vn.lhh.common.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;

/**
 * The JSON and text body limits on the bytes actually read (issue #22). {@link RequestIds} refuses a declared
 * Content-Length above them before anything is read; a body sent without one (Transfer-Encoding: chunked) or with
 * a false one is counted here, as the operation reads it, and refused with 413 past the limit, before it is parsed.
 */
@Provider
public class BodyLimits implements ReaderInterceptor {
    @ConfigProperty(name = "lhh.limits.max-json-body")
    long maxJsonBody;
    @ConfigProperty(name = "lhh.limits.max-text-body")
    long maxTextBody;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        MediaType type = context.getMediaType();
        long limit = type == null ? 0
                : type.getSubtype().toLowerCase().contains("json") ? maxJsonBody
                : type.getType().equalsIgnoreCase("text") ? maxTextBody : 0;
        if (limit > 0) {
            context.setInputStream(new ByteArrayInputStream(readAtMost(context.getInputStream(), limit)));
        }
        return context.proceed();
    }

    /** The whole body, or a 413 as soon as it passes the limit (the rest is not read). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (body.length > limit) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.detail", limit);
        }
        return body;
    }
}
