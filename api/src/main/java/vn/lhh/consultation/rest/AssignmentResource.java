package vn.lhh.consultation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
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
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.security.Roles;
import vn.lhh.consultation.dto.ConsultationDtos.AnswerInput;
import vn.lhh.consultation.dto.ConsultationDtos.AssignmentDto;
import vn.lhh.consultation.dto.ConsultationDtos.AssignmentInput;
import vn.lhh.consultation.dto.ConsultationDtos.DeclarationInput;
import vn.lhh.consultation.dto.ConsultationDtos.DocumentDto;
import vn.lhh.consultation.dto.ConsultationDtos.OpinionInput;
import vn.lhh.consultation.service.AssignmentService;

/** The experts on a consultation: the office assigns and withdraws; each expert declares, answers and writes their own opinion. */
@Path("/api/v1/consultations/{consultationId}/assignments")
@Tag(name = "Consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {
    @Inject
    AssignmentService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "assignExpert", summary = "Assign an expert (staff, admin); the first one moves the consultation to experts_assigned")
    @APIResponse(responseCode = "201", description = "Assigned; the expert is invited", content = @Content(schema = @Schema(implementation = AssignmentDto.class)))
    public Response assign(@PathParam("consultationId") UUID consultationId,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull AssignmentInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.assign(consultationId, body));
    }

    @GET
    @Path("{assignmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.EXPERT})
    @Operation(operationId = "getAssignment", summary = "Get an assignment (office, its expert)")
    @APIResponse(responseCode = "200", description = "The assignment; ETag carries its version", content = @Content(schema = @Schema(implementation = AssignmentDto.class)))
    public Response get(@PathParam("consultationId") UUID consultationId, @PathParam("assignmentId") UUID assignmentId) {
        return Responses.ok(service.get(consultationId, assignmentId));
    }

    @POST
    @Path("{assignmentId}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "withdrawAssignment", summary = "Take an expert off the consultation before their opinion is in (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = AssignmentDto.class)))
    public Response withdraw(@PathParam("consultationId") UUID consultationId, @PathParam("assignmentId") UUID assignmentId,
                             @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.withdraw(consultationId, assignmentId, ifMatch));
    }

    @POST
    @Path("{assignmentId}/declaration")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "declareConflictOfInterest", summary = "Declare a conflict of interest, or none, before seeing the documents (the assigned expert)")
    @APIResponse(responseCode = "200", description = "cleared, or conflicted", content = @Content(schema = @Schema(implementation = AssignmentDto.class)))
    public Response declare(@PathParam("consultationId") UUID consultationId, @PathParam("assignmentId") UUID assignmentId,
                            @Valid @NotNull DeclarationInput body) {
        return Responses.ok(service.declare(consultationId, assignmentId, body));
    }

    @POST
    @Path("{assignmentId}/answer")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "answerAssignment", summary = "Accept or decline (with a reason) after declaring no conflict (the assigned expert)")
    @APIResponse(responseCode = "200", description = "accepted or declined", content = @Content(schema = @Schema(implementation = AssignmentDto.class)))
    public Response answer(@PathParam("consultationId") UUID consultationId, @PathParam("assignmentId") UUID assignmentId,
                           @Valid @NotNull AnswerInput body) {
        return Responses.ok(service.answer(consultationId, assignmentId, body));
    }

    @PUT
    @Path("{assignmentId}/opinion")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "writeOpinion", summary = "Save or submit the opinion (the assigned expert, after accepting; If-Match)",
            description = "submit=true locks it: status submitted.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = AssignmentDto.class)))
    public Response opinion(@PathParam("consultationId") UUID consultationId, @PathParam("assignmentId") UUID assignmentId,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull OpinionInput body) {
        return Responses.ok(service.saveOpinion(consultationId, assignmentId, ifMatch, body));
    }

    @POST
    @Path("{assignmentId}/opinion/attachments")
    @Consumes({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg",
            MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "addOpinionAttachment", summary = "Attach a file to the opinion (the assigned expert, before submitting): "
            + ConsultationResource.OFFICE_FILE_TYPES)
    @RequestBody(required = true, content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    public Response addAttachment(@PathParam("consultationId") UUID consultationId, @PathParam("assignmentId") UUID assignmentId,
                                  @Parameter(required = true, description = "The file's name", example = "y-kien-phan-bien.pdf") @QueryParam("fileName") String fileName,
                                  @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                                  byte[] body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), new Object[] {fileName, body},
                () -> Response.status(Response.Status.CREATED).entity(service.addAttachment(consultationId, assignmentId, fileName, body)).build());
    }

    @GET
    @Path("{assignmentId}/opinion/attachments/{fileId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg",
            MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.EXPERT})
    @Operation(operationId = "downloadOpinionAttachment", summary = "Download an opinion's attachment (office, its author; other assigned experts once the response is sent)")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("consultationId") UUID consultationId, @PathParam("assignmentId") UUID assignmentId,
                               @PathParam("fileId") UUID fileId) {
        var f = service.attachment(consultationId, assignmentId, fileId);
        return Downloads.attachment(f.content(), f.meta().contentType(), f.meta().fileName());
    }
}
