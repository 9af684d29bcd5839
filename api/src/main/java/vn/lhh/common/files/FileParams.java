package vn.lhh.common.files;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.lhh.common.files.Downloads;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.web.Params;

/** The request headers and options of a file download (range, conditional, inline or attachment). */
public class FileParams {
    @HeaderParam("Range")
    @Parameter(in = ParameterIn.HEADER, description = "One byte range, e.g. bytes=0-1023 (answered 206 with Content-Range)", example = "bytes=0-1023")
    public String range;
    @HeaderParam("If-Range")
    @Parameter(in = ParameterIn.HEADER, description = "The range applies only if the file still has this ETag")
    public String ifRange;
    @HeaderParam("If-None-Match")
    @Parameter(in = ParameterIn.HEADER)
    public String ifNoneMatch;
    @QueryParam("download")
    @Parameter(description = "true: offer the file as a download; default: shown in the browser (inline)", schema = @Schema(type = SchemaType.BOOLEAN))
    public String download;

    public Response respond(FileStore store, StoredFile f) {
        return Downloads.stream(store, f, range, ifRange, ifNoneMatch, Params.bool("download", download));
    }
}
