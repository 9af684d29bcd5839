package vn.lhh.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.registry.DocumentDirection;
import vn.lhh.registry.DocumentType;
import vn.lhh.registry.RegistryRepository;
import vn.lhh.registry.dto.RegistryDtos.DocumentSummary;
import vn.lhh.registry.service.RegistryService;
import vn.lhh.registry.dto.RegistryDtos;

/** The registry (sổ đăng ký văn bản) as a spreadsheet: the list's filters and who may read what. */
@Path("/api/v1/official-documents/export")
@Tag(name = "Document registry")
public class RegistryExportResource {
    static final Export<DocumentSummary> EXPORT = Export.of("Sổ đăng ký văn bản",
            Column.label("Loại sổ", "Direction", 10, (d, l) -> d.direction() == DocumentDirection.incoming
                    ? Column.pick(l, "Văn bản đến", "Incoming") : Column.pick(l, "Văn bản đi", "Outgoing")),
            Column.integer("Số", "Number", 7, DocumentSummary::number),
            Column.integer("Năm", "Year", 7, DocumentSummary::year),
            Column.text("Số, ký hiệu", "Number and symbol", 18, DocumentSummary::symbol),
            Column.label("Loại văn bản", "Type", 16, (d, l) -> Column.pick(l, d.type().nameVi, d.type().nameEn)),
            Column.date("Ngày văn bản", "Document date", DocumentSummary::documentDate),
            Column.date("Ngày đến", "Received on", DocumentSummary::receivedOn),
            Column.text("Trích yếu", "Subject", 60, DocumentSummary::subject),
            Column.text("Cơ quan ban hành", "Issuing body", 30, DocumentSummary::issuingBody),
            Column.text("Người ký", "Signer", 22, DocumentSummary::signer),
            Column.yesNo("Có tệp", "Has file", DocumentSummary::hasFile),
            Column.dateTime("Vào sổ lúc", "Registered at", DocumentSummary::createdAt));

    @Inject
    RegistryService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportOfficialDocuments", summary = "Export the registry as XLSX or CSV (staff, admin; an officer: documents addressed to their association)",
            description = "The filters, order and access of listOfficialDocuments, every page. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "As in listOfficialDocuments", example = "chuong trinh hoat dong") @QueryParam("q") String q,
            @Parameter(description = "Part of the number and symbol", example = "106/CTr") @QueryParam("number") String number,
            @Parameter(schema = @Schema(implementation = DocumentDirection.class)) @QueryParam("direction") DocumentDirection direction,
            @Parameter(schema = @Schema(implementation = DocumentType.class)) @QueryParam("type") DocumentType type,
            @Parameter(description = "Documents dated on or after (YYYY-MM-DD)", example = "2019-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Documents dated on or before (YYYY-MM-DD)", example = "2019-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "The numbering year", example = "2019") @QueryParam("year") String year,
            @Parameter(description = "Documents addressed to this association") @QueryParam("associationId") UUID associationId,
            @Parameter(description = "As in listOfficialDocuments. Default: -documentDate,-number") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        PageRequest order = PageRequest.of(null, null, sort, "-documentDate,-number", RegistryRepository.SORTABLE, "d.id");
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "validation.end-after-start");
        }
        // who may read what is decided now, for this request's caller, and holds for every page
        var filter = new RegistryRepository.Filter(Params.text("q", q, 200), Params.text("number", number, 100),
                direction, type,
                from, to, year == null ? null : Params.integer("year", year, 0, 1900, 2200),
                associationId, service.visibleAssociations());
        return Exports.response(EXPORT, f, Messages.fromAcceptLanguage(language), Rows.numbered(order, p -> service.list(filter, p)));
    }
}
