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
import java.util.List;
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
import vn.lhh.common.document.DocumentFormat;
import vn.lhh.common.document.DocumentRenderer;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.files.Downloads;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.common.web.Params;
import vn.lhh.consultation.Consultation;
import vn.lhh.consultation.ConsultationKind;
import vn.lhh.consultation.ConsultationRepository;
import vn.lhh.consultation.ConsultationStatus;
import vn.lhh.consultation.dto.ConsultationDtos.ConsultationDto;
import vn.lhh.consultation.dto.ConsultationDtos.ConsultationInput;
import vn.lhh.consultation.dto.ConsultationDtos.ConsultationSummary;
import vn.lhh.consultation.dto.ConsultationDtos.DocumentDto;
import vn.lhh.consultation.dto.ConsultationDtos.ResponseInput;
import vn.lhh.consultation.dto.ConsultationDtos.SendingInput;
import vn.lhh.consultation.dto.ConsultationDtos.SuggestionDto;
import vn.lhh.consultation.dto.ConsultationDtos.TransitionInput;
import vn.lhh.consultation.service.ConsultationService;
import vn.lhh.consultation.service.SuggestionService;

/** Consultations (tư vấn, phản biện, giám định xã hội): internal to the union office and the experts assigned. */
@Path("/api/v1/consultations")
@Tag(name = "Consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {
    static final String OFFICE_FILE_TYPES = "PDF, Word (.docx), PNG or JPEG, at most 10 MB, checked by content";

    @Inject
    DocumentRenderer documents;
    @Inject
    ConsultationService service;
    @Inject
    SuggestionService suggestions;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listConsultations", summary = "The consultation board (staff, admin): overdue first by default")
    public Page<ConsultationSummary> list(
            @Parameter(description = "Words of the subject, requester, reference or description, accents optional") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = ConsultationStatus.class)) @QueryParam("status") ConsultationStatus status,
            @Parameter(schema = @Schema(implementation = ConsultationKind.class)) @QueryParam("kind") ConsultationKind kind,
            @Parameter(description = "true: only open consultations past their deadline", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "urgency (overdue first, then nearest deadline), deadline, requestDate or updatedAt; '-' for descending")
            @QueryParam("sort") String sort) {
        var filter = new ConsultationRepository.Filter(Params.text("q", q, 200), status,
                kind, Params.bool("overdue", overdue), ProvinceClock.today());
        return service.list(filter, PageRequest.of(page, size, sort, "urgency", ConsultationRepository.SORTABLE, "c.id"));
    }

    /** The consultation board as a spreadsheet, one row per consultation. */
    static final Export<ConsultationSummary> EXPORT = Export.of("Danh sách tư vấn, phản biện",
            Column.label("Loại", "Kind", 18, (c, l) -> switch (c.kind()) {
                case advice -> Column.pick(l, "Tư vấn", "Advice");
                case critique -> Column.pick(l, "Phản biện", "Critique");
                case social_assessment -> Column.pick(l, "Giám định xã hội", "Social assessment");
            }),
            Column.text("Nội dung", "Subject", 55, ConsultationSummary::subject),
            Column.text("Cơ quan đề nghị", "Requesting body", 30, ConsultationSummary::requestingBody),
            Column.text("Số văn bản", "Reference", 16, ConsultationSummary::requestReference),
            Column.date("Ngày đề nghị", "Request date", ConsultationSummary::requestDate),
            Column.date("Hạn trả lời", "Deadline", ConsultationSummary::deadline),
            Column.label("Trạng thái", "Status", 20, (c, l) -> switch (c.status()) {
                case received -> Column.pick(l, "Đã tiếp nhận", "Received");
                case experts_assigned -> Column.pick(l, "Đã phân công chuyên gia", "Experts assigned");
                case opinions_collected -> Column.pick(l, "Đã có ý kiến", "Opinions collected");
                case response_sent -> Column.pick(l, "Đã gửi trả lời", "Response sent");
                case closed -> Column.pick(l, "Đã kết thúc", "Closed");
                case cancelled -> Column.pick(l, "Đã hủy", "Cancelled");
            }),
            Column.yesNo("Quá hạn", "Overdue", ConsultationSummary::overdue),
            Column.integer("Chuyên gia", "Experts", 11, ConsultationSummary::assignedExperts),
            Column.integer("Ý kiến đã gửi", "Opinions", 12, ConsultationSummary::opinionsSubmitted));

    @GET
    @Path("export")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportConsultations", summary = "Export the consultation board as XLSX or CSV (staff, admin)",
            description = "The filters, order and access of listConsultations, every page. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "Words of the subject, requester, reference or description, accents optional") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = ConsultationStatus.class)) @QueryParam("status") ConsultationStatus status,
            @Parameter(schema = @Schema(implementation = ConsultationKind.class)) @QueryParam("kind") ConsultationKind kind,
            @Parameter(description = "true: only open consultations past their deadline", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "As in listConsultations; default urgency") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        var filter = new ConsultationRepository.Filter(Params.text("q", q, 200), status,
                kind, Params.bool("overdue", overdue), ProvinceClock.today());
        PageRequest order = PageRequest.of(null, null, sort, "urgency", ConsultationRepository.SORTABLE, "c.id");
        return Exports.response(EXPORT, f, Messages.fromAcceptLanguage(language), Rows.numbered(order, p -> service.list(filter, p)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createConsultation", summary = "Record a consultation request (staff, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = ConsultationDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull ConsultationInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.EXPERT})
    @Operation(operationId = "getConsultation", summary = "Get a consultation (staff, admin; an expert assigned to it sees their part)")
    @APIResponse(responseCode = "200", description = "The consultation; ETag carries its version", content = @Content(schema = @Schema(implementation = ConsultationDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Consultation c = service.get(id);
        return Responses.conditional(ifNoneMatch, c.version, () -> service.detail(c));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceConsultation", summary = "Correct an open consultation's request details (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ConsultationDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ConsultationInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "transitionConsultation", summary = "Move a consultation along its workflow (staff, admin; If-Match)",
            description = "received → experts_assigned (needs an expert) → opinions_collected (needs every open assignment finished and an opinion) "
                    + "→ response_sent (only by recording the sending) → closed; cancelled with a reason before the response is sent. "
                    + "Anything else is refused with 409 naming the allowed moves.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = ConsultationDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body.to(), body.reason()));
    }

    @PUT
    @Path("{id}/response")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "saveConsultationResponse", summary = "Write the consolidated response (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ConsultationDto.class)))
    public Response saveResponse(@PathParam("id") UUID id,
                                 @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull ResponseInput body) {
        return Responses.ok(service.saveResponse(id, ifMatch, body));
    }

    @POST
    @Path("{id}/response/sending")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "sendConsultationResponse", summary = "Record that the response was sent, when and to whom (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Recorded; status response_sent", content = @Content(schema = @Schema(implementation = ConsultationDto.class)))
    public Response send(@PathParam("id") UUID id,
                         @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull SendingInput body) {
        return Responses.ok(service.send(id, ifMatch, body));
    }

    @GET
    @Path("{id}/response/document")
    @Produces({MediaType.TEXT_HTML, DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "downloadConsultationResponse", summary = "The consolidated response as an official letter: PDF, Word (.docx) or an HTML preview",
            description = "Choose with format=html|docx|pdf or with Accept (format wins; default the HTML preview). The letter follows Decree 30/2020/NĐ-CP; "
                    + ".docx and PDF come as attachments named y-kien-tu-van-phan-bien.")
    @APIResponse(responseCode = "200", description = "The document", content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", ref = "Conflict", description = "No consolidated response has been written yet")
    public Response responseDocument(@PathParam("id") UUID id,
                                     @Parameter(schema = @Schema(enumeration = {"html", "docx", "pdf"}), description = DocumentFormat.DESCRIPTION)
                                     @QueryParam("format") String format,
                                     @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat f = DocumentFormat.choose(format, accept, DocumentFormat.html);
        return documents.response(service.responseDocument(id), f, "y-kien-tu-van-phan-bien");
    }

    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg",
            MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addConsultationDocument", summary = "Attach a request document (staff, admin): " + OFFICE_FILE_TYPES)
    @RequestBody(required = true, content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    public Response addDocument(@PathParam("id") UUID id,
                                @Parameter(required = true, description = "The file's name", example = "du-thao-de-an.pdf") @QueryParam("fileName") String fileName,
                                @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                                byte[] body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), new Object[] {fileName, body},
                () -> Response.status(Response.Status.CREATED).entity(service.addDocument(id, fileName, body)).build());
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg",
            MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.EXPERT})
    @Operation(operationId = "downloadConsultationDocument", summary = "Download a request document (office; assigned experts after declaring no conflict)")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        var f = service.document(id, documentId);
        return Downloads.attachment(f.content(), f.meta().contentType(), f.meta().fileName());
    }

    @GET
    @Path("{id}/suggestions")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "suggestExperts", summary = "Eligible experts for this consultation, best match first (staff, admin)",
            description = "Follows the rules at /consultation-rules. Score out of 100: shared fields 50, title/degree level 20, availability 15, free capacity 15.")
    public List<SuggestionDto> suggestions(@PathParam("id") UUID id,
                                           @Parameter(description = "How many, 1 to 50 (default 10)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50")) @QueryParam("limit") String limit) {
        return suggestions.suggest(id, Params.integer("limit", limit, 10, 1, 50));
    }
}
