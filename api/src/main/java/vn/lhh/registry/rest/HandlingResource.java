package vn.lhh.registry.rest;

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
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.registry.dto.HandlingDtos.AnswerInput;
import vn.lhh.registry.dto.HandlingDtos.AssignmentInput;
import vn.lhh.registry.dto.HandlingDtos.AttachmentDto;
import vn.lhh.registry.dto.HandlingDtos.HandlingDto;
import vn.lhh.registry.dto.HandlingDtos.HistoryEntry;
import vn.lhh.registry.dto.HandlingDtos.ReportInput;
import vn.lhh.registry.dto.HandlingDtos.TransitionInput;
import vn.lhh.registry.service.HandlingService;
import vn.lhh.registry.dto.HandlingDtos;

/**
 * The handling of one incoming document (xử lý văn bản đến). Only the office (staff, admin) reaches it;
 * the handlers are office users, and what each may write is decided by the service (a handler their own
 * report, the lead "done"). Association officers, who read documents addressed to their association,
 * never see how the union handles them.
 */
@Path("/api/v1/official-documents/{id}/handling")
@Tag(name = "Document handling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class HandlingResource {
    static final String FILE_TYPES = "PDF, Word, PNG or JPEG checked by content, at most 20 MB";

    @Inject
    HandlingService service;
    @Inject
    vn.lhh.common.files.FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "getDocumentHandling", summary = "The handling of an incoming document (staff, admin): state, allowed moves, "
            + "instruction, deadline, handlers with their reports and files, the answering outgoing document",
            description = "A document never assigned is received, at version 0. Outgoing documents have no handling (404).")
    @APIResponse(responseCode = "200", description = "The handling; ETag carries its version", content = @Content(schema = @Schema(implementation = HandlingDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return Responses.conditional(ifNoneMatch, service.version(id), () -> service.get(id));
    }

    @PUT
    @Path("assignment")
    @Operation(operationId = "assignDocumentHandling", summary = "Assign the document to handlers with the instruction and a deadline (staff, admin; If-Match)",
            description = "Handlers are office users (realm role staff or admin), checked in the user directory; the lead is one of them; the deadline is "
                    + "today or later. From received the document becomes assigned; while assigned or in progress the assignment may be rewritten "
                    + "(the reports of handlers who stay are kept). Done or filed documents are refused with 409.")
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(schema = @Schema(implementation = HandlingDto.class)))
    public Response assign(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull AssignmentInput body) {
        return Responses.ok(service.assign(id, ifMatch, body));
    }

    @POST
    @Path("transitions")
    @Operation(operationId = "transitionDocumentHandling", summary = "Move the handling along (If-Match): in_progress by a handler, done by the lead "
            + "handler, filed by the office",
            description = "received → assigned (by the assignment) → in_progress → done; filed without action, with a reason, from any open state. "
                    + "done needs the lead handler's report. Anything else is refused with 409 naming the allowed moves.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = HandlingDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body.to(), body.reason()));
    }

    @PUT
    @Path("handlers/{username}/report")
    @Operation(operationId = "putDocumentHandlingReport", summary = "Write one's own handling report (the handler themselves; If-Match)",
            description = "Only the handler named in the path, and only while the document is assigned or in progress; the first report of an "
                    + "assigned document moves it to in_progress.")
    @APIResponse(responseCode = "200", description = "Written", content = @Content(schema = @Schema(implementation = HandlingDto.class)))
    public Response report(@PathParam("id") UUID id, @Parameter(example = "staff") @PathParam("username") String username,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ReportInput body) {
        return Responses.ok(service.report(id, Params.text("username", username, 200), ifMatch, body.report()));
    }

    @PUT
    @Path("answer")
    @Operation(operationId = "putDocumentHandlingAnswer", summary = "Link the outgoing document that answers this one (a handler; If-Match)",
            description = "An outgoing document of the registry; null unlinks. While the document is assigned or in progress.")
    @APIResponse(responseCode = "200", description = "Linked", content = @Content(schema = @Schema(implementation = HandlingDto.class)))
    public Response answer(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull AnswerInput body) {
        return Responses.ok(service.answer(id, ifMatch, body.outgoingDocumentId()));
    }

    @POST
    @Path("attachments")
    @Consumes({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "addDocumentHandlingAttachment", summary = "Attach a file to one's handling (a handler, while the document is assigned "
            + "or in progress): " + FILE_TYPES)
    @RequestBody(required = true, content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored; Location names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentDto.class)))
    public Response attach(@PathParam("id") UUID id,
                           @Parameter(required = true, description = "The file's name", example = "du-thao-tra-loi.pdf") @QueryParam("fileName") String fileName,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           byte[] body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), new Object[] {fileName, body}, () -> {
            AttachmentDto created = service.attach(id, fileName, body);
            return Responses.created(uri, created.id(), created);
        });
    }

    @GET
    @Path("attachments/{fileId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg",
            MediaType.APPLICATION_JSON})
    @Operation(operationId = "getDocumentHandlingAttachment", summary = "Download a file of the handling (staff, admin), with byte ranges")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
                               @Parameter(in = ParameterIn.HEADER, description = "One byte range, e.g. bytes=0-1023") @HeaderParam("Range") String range,
                               @Parameter(in = ParameterIn.HEADER) @HeaderParam("If-Range") String ifRange,
                               @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        StoredFile f = service.attachmentFile(id, fileId);
        return Downloads.stream(files, f, range, ifRange, ifNoneMatch, true);
    }

    @GET
    @Path("history")
    @Operation(operationId = "listDocumentHandlingHistory", summary = "Who did what, when, in the handling of the document (staff, admin), oldest first",
            description = "Read from the audit log: assignments, starts, reports, files, the answer's link, done and filed.")
    public Page<HistoryEntry> history(@PathParam("id") UUID id,
                                      @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                      @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.history(id, page, size);
    }
}
