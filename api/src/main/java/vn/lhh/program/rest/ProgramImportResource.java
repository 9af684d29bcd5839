package vn.lhh.program.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.program.dto.ProgramDtos.ImportPreview;
import vn.lhh.program.service.ProgramImportService;
import vn.lhh.program.dto.ProgramDtos;

/** Import of a program document: preview first, then commit. */
@Path("/api/v1/program-imports")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramImportResource {
    @Inject
    ProgramImportService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @Schema(name = "ProgramImportCommit")
    public record CommitResult(@Schema(required = true) UUID programId,
                               @Schema(required = true, description = "false when the program already existed: nothing changed") boolean created) {
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "previewProgramImport", summary = "Read a program document (plain text, UTF-8) and preview what it would create (staff, admin)",
            description = "Nothing is created yet: the preview lists the parsed structure and the lines the parser could not place. "
                    + "A document that cannot be a program is refused with the line at fault.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            examples = "Nghệ An, ngày 23 tháng 12 năm 2019\n\nSố: 106/CTr-LHH\n\n**CHƯƠNG TRÌNH HOẠT ĐỘNG …")))
    @APIResponse(responseCode = "201", description = "Previewed", content = @Content(schema = @Schema(implementation = ImportPreview.class)))
    public Response preview(String document, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe: the same key returns the first preview")
                            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), document, () -> {
            ImportPreview p = service.preview(document, Messages.fromAcceptLanguage(acceptLanguage));
            return Responses.created(uri, p.id(), p);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getProgramImport", summary = "Get an import's preview and status (staff, admin)")
    public ImportPreview get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/commit")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "commitProgramImport", summary = "Create the program of a previewed import (staff, admin); idempotent")
    @APIResponse(responseCode = "201", description = "The program was created", content = @Content(schema = @Schema(implementation = CommitResult.class)))
    @APIResponse(responseCode = "200", description = "Already imported: nothing changed", content = @Content(schema = @Schema(implementation = CommitResult.class)))
    public Response commit(@PathParam("id") UUID id) {
        var c = service.commit(id);
        var body = new CommitResult(c.programId(), c.created());
        return c.created()
                ? Responses.created(uri, "api/v1/programs", c.programId(), body)
                : Response.ok(body).build();
    }


}
