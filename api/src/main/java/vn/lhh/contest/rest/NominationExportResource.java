package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.security.Roles;
import vn.lhh.contest.service.NominationExport;
import vn.lhh.contest.service.ResultsService;

/** The national nominations in the national organisers' form (staff, admin). */
@Path("/api/v1/contest-editions/{id}/nominations")
@Tag(name = ResultsResource.TAG, description = ResultsResource.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class NominationExportResource {
    @Inject
    ResultsService service;

    @GET
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportContestNominations", summary = "Export the nominated entries as CSV or XLSX (staff, admin)",
            description = "One row per author of each nominated entry, columns: STT, Mã bài, Tên bài dự thi, Lĩnh vực, Họ và tên tác giả, Ngày sinh "
                    + "(dd/MM/yyyy), Giới tính, Lớp, Trường, Xã/Phường, Huyện/Thị xã/Thành phố, Giáo viên hướng dẫn, Điện thoại GVHD, Giải cấp tỉnh, "
                    + "Ghi chú. CSV: UTF-8 with a byte-order mark, comma-separated, every cell quoted (RFC 4180); a cell starting with = + - @ "
                    + "gets a leading apostrophe. XLSX: one sheet, typed cells (numbers, dates), bold frozen header, autofilter. "
                    + "Written with the shared export kit, as every other export.")
    @APIResponse(responseCode = "200", description = "The file (attachment)", content = {@Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("id") UUID id, @Parameter(description = "csv (default) or xlsx", schema = @Schema(enumeration = {"csv", "xlsx"}))
                           @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format, ExportFormat.csv);
        var sheet = service.nominations(id);
        return Exports.response(NominationExport.export(sheet), f, Messages.VIETNAMESE, NominationExport.rows(sheet), NominationExport.fileBase(sheet));
    }
}
