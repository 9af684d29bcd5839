package vn.lhh.bulletin.distribution.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.TotalsDto;
import vn.lhh.bulletin.distribution.service.DistributionExport;
import vn.lhh.bulletin.distribution.service.DistributionService;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.security.Roles;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.common.web.Params;
import vn.lhh.bulletin.distribution.dto.DistributionDtos;

/** The distribution's sums for the annual report (union office only). */
@Path("/api/v1/distribution-totals")
@Tag(name = "Distribution")
@Produces(MediaType.APPLICATION_JSON)
public class DistributionTotalsResource {
    @Inject
    DistributionService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getDistributionTotals", summary = "A year's distribution per month sent, in total and per kind of recipient (staff, admin)")
    public TotalsDto totals(@Parameter(description = "Default: this year in the province", example = "2026") @QueryParam("year") String year) {
        return service.totals(Params.integer("year", year, ProvinceClock.today().getYear(), 1900, 2200));
    }

    @GET
    @Path("export")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDistributionTotals", summary = "Export a year's distribution totals as XLSX or CSV (staff, admin)",
            description = "The figures of getDistributionTotals as rows: the twelve months, the year, then each kind of recipient "
                    + "(a number that has no meaning for a row is left empty). " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "Default: this year in the province", example = "2026") @QueryParam("year") String year,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        int y = Params.integer("year", year, ProvinceClock.today().getYear(), 1900, 2200);
        return Exports.response(DistributionExport.TOTALS, f, Messages.fromAcceptLanguage(language), Rows.of(service.totalRows(y)),
                DistributionExport.TOTALS.title() + " năm " + y);
    }
}
