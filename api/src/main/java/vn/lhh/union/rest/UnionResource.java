package vn.lhh.union.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.files.Downloads;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.union.dto.UnionProfileDto;
import vn.lhh.union.service.UnionService;

/** The union's identity for the SPA's header and footer and for shared-link previews; its logo, set by an admin. */
@Path("/api/v1/union")
@Tag(name = "Union")
@Produces(MediaType.APPLICATION_JSON)
public class UnionResource {
    static final String BINARY = "application/octet-stream";

    @Inject
    UnionService service;
    @Inject
    FileStore files;

    @GET
    @PermitAll
    @Operation(operationId = "getUnionProfile", summary = "The union's name, province, contacts and logo (public)")
    @APIResponse(responseCode = "200", description = "The profile; ETag carries the logo's version (the If-Match of its writes)",
            content = @Content(schema = @Schema(implementation = UnionProfileDto.class)))
    public Response get() {
        // No 304: the name and contacts are configuration, which a redeployment changes without a new version.
        return Responses.ok(service.profile());
    }

    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/jpeg", BINARY})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putUnionLogo", summary = "Upload the union's logo (admin; PNG or JPEG, at most 2 MB, checked by content; If-Match)")
    @RequestBody(required = true, content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored; new ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnionProfileDto.class)))
    public Response putLogo(@Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(required = true, description = "The file's name", example = "logo-lien-hiep-hoi.png") @QueryParam("fileName") String fileName,
                            byte[] body) {
        return Responses.ok(service.putLogo(ifMatch, fileName, body));
    }

    @DELETE
    @Path("logo")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteUnionLogo", summary = "Remove the union's logo (admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Removed; new ETag set",
            content = @Content(schema = @Schema(implementation = UnionProfileDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No logo has been uploaded")
    public Response deleteLogo(@Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.deleteLogo(ifMatch));
    }

    @GET
    @Path("logo")
    @PermitAll
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getUnionLogo", summary = "The union's logo image (public)")
    @APIResponse(responseCode = "200", description = "The image", content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No logo has been uploaded")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response logo(@Parameter(in = ParameterIn.HEADER, description = "One byte range, e.g. bytes=0-1023") @HeaderParam("Range") String range,
                         @Parameter(in = ParameterIn.HEADER, description = "The range applies only if the file still has this ETag") @HeaderParam("If-Range") String ifRange,
                         @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                         @Parameter(description = "true: offer the file as a download; default: shown in the browser (inline)", schema = @Schema(type = SchemaType.BOOLEAN))
                         @QueryParam("download") String download) {
        return Downloads.stream(files, service.logo(), range, ifRange, ifNoneMatch, Params.bool("download", download));
    }
}
