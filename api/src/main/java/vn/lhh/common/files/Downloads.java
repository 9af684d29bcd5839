package vn.lhh.common.files;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** File responses: the type the content was checked to be, the original name in UTF-8, never sniffed by the browser. */
public final class Downloads {
    private Downloads() {
    }

    public static Response attachment(byte[] content, String contentType, String fileName) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
