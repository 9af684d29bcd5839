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
import java.time.LocalDate;
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
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.registry.DocumentDirection;
import vn.lhh.registry.DocumentType;
import vn.lhh.registry.OfficialDocument;
import vn.lhh.registry.RegistryRepository;
import vn.lhh.registry.dto.RegistryDtos.DocumentDto;
import vn.lhh.registry.dto.RegistryDtos.DocumentInput;
import vn.lhh.registry.dto.RegistryDtos.DocumentSummary;
import vn.lhh.registry.dto.RegistryDtos.NumberingDto;
import vn.lhh.registry.service.RegistryService;

/**
 * The document registry (sổ văn bản đi, đến). The office (staff, admin) registers and edits; an
 * association's officers read the documents addressed to their association. There is no delete:
 * a registered number stays taken, so the registry has no gaps.
 */
@Path("/api/v1/official-documents")
@Tag(name = "Document registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistryResource {
    static final String BINARY = "application/octet-stream";

    @Inject
    RegistryService service;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "listOfficialDocuments", summary = "Search the registry (staff, admin; an officer: documents addressed to their association)",
            description = "q is accent- and case-insensitive over the symbol, subject, issuing body, signer and recipients ('chuong trinh hoat dong' "
                    + "finds 'Chương trình hoạt động'); number matches the number and symbol ('106/CTr' finds 106/CTr-LHH); from and to bound the document date.")
    public Page<DocumentSummary> list(
            @Parameter(description = "Words of the subject, symbol, issuing body, signer or recipients, accents optional", example = "chuong trinh hoat dong")
            @QueryParam("q") String q,
            @Parameter(description = "Part of the number and symbol", example = "106/CTr") @QueryParam("number") String number,
            @Parameter(schema = @Schema(implementation = DocumentDirection.class)) @QueryParam("direction") DocumentDirection direction,
            @Parameter(schema = @Schema(implementation = DocumentType.class)) @QueryParam("type") DocumentType type,
            @Parameter(description = "Documents dated on or after (YYYY-MM-DD)", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Documents dated on or before (YYYY-MM-DD)", example = "2019-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "The numbering year", example = "2019") @QueryParam("year") String year,
            @Parameter(description = "Documents addressed to this association") @QueryParam("associationId") UUID associationId,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "documentDate, receivedOn, number, year or createdAt; '-' for descending. Default: -documentDate,-number")
            @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "-documentDate,-number", RegistryRepository.SORTABLE, "d.id");
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "validation.end-after-start");
        }
        var filter = new RegistryRepository.Filter(Params.text("q", q, 200), Params.text("number", number, 100),
                direction, type, from, to,
                year == null ? null : Params.integer("year", year, 0, 1900, 2200), associationId,
                service.visibleAssociations());
        return service.list(filter, pr);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createOfficialDocument", summary = "Register a document (staff, admin): outgoing ones get the next number of their type and year",
            description = "Outgoing: the system gives the number and symbol (106/CTr-LHH; official letters 123/LHH or 123/LHH-VP with the drafting unit), "
                    + "the next of the document type in the year of the document date, without gaps or duplicates even under concurrent requests. "
                    + "Incoming: the sender's symbol is kept and the registry entry number (số đến) is the next of the year it arrived. "
                    + "Links to a program task, consultation, bulletin issue or contest edition must name existing records.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set", content = @Content(schema = @Schema(implementation = DocumentDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull DocumentInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "getOfficialDocument", summary = "Get a document (staff, admin; an officer: one addressed to their association)")
    @APIResponse(responseCode = "200", description = "The document; ETag carries its version", content = @Content(schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OfficialDocument d = service.get(id);
        return Responses.conditional(ifNoneMatch, d.version, () -> service.detail(d));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceOfficialDocument", summary = "Correct a registered document (staff, admin; If-Match)",
            description = "The number stays: a change of direction, type, numbering year or (outgoing) drafting unit is refused with 409.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = DocumentDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull DocumentInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/file")
    @Consumes({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg", BINARY})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "putOfficialDocumentFile", summary = "Attach the document's file (staff, admin; PDF, Word, PNG or JPEG checked by content, "
            + "at most 20 MB; replaces the previous one; If-Match)")
    @RequestBody(required = true, content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    public Response putFile(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(required = true, description = "The file's name", example = "106-CTr-LHH.pdf") @QueryParam("fileName") String fileName,
                            byte[] body) {
        return Responses.ok(service.putFile(id, ifMatch, fileName, body));
    }

    @GET
    @Path("{id}/file")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getOfficialDocumentFile", summary = "The document's file (whoever may read the document), with byte ranges")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The requested byte range", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@PathParam("id") UUID id,
                         @Parameter(in = ParameterIn.HEADER, description = "One byte range, e.g. bytes=0-1023") @HeaderParam("Range") String range,
                         @Parameter(in = ParameterIn.HEADER) @HeaderParam("If-Range") String ifRange,
                         @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                         @Parameter(description = "true: offer the file as a download; default: shown in the browser", schema = @Schema(type = SchemaType.BOOLEAN))
                         @QueryParam("download") String download) {
        boolean attachment = Params.bool("download", download);
        StoredFile f = service.file(id);
        return Downloads.stream(files, f, range, ifRange, ifNoneMatch, attachment);
    }

    @GET
    @Path("numbering")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "getDocumentNumbering", summary = "The document types with their abbreviations and the union's abbreviation in symbols")
    public NumberingDto numbering() {
        return service.numbering();
    }
}
