package vn.lhh.search.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.web.Params;
import vn.lhh.search.dto.SearchDtos.SearchResults;
import vn.lhh.search.service.SearchService;

/** The one search box: every kind of record the caller may open, each found by its own feature. */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject
    SearchService service;

    @GET
    @PermitAll
    @Operation(operationId = "search", summary = "Search everything the caller may open, grouped by kind",
            description = "Each kind is searched by its feature with that feature's own rules: anonymous callers find public records only "
                    + "(active associations, public expert profiles, published public posts, articles of published issues, public events); "
                    + "an association officer also the program tasks and the official documents addressed to their association; an expert "
                    + "the consultations they are assigned to; the office everything. So every hit opens (GET href) for the same caller. "
                    + "q is accent- and case-insensitive ('hoi khoa hoc' finds 'Hội Khoa học'; a symbol such as '106/CTr-LHH' finds "
                    + "its document); at least " + SearchService.MIN_QUERY_LETTERS + " letters or digits, at most "
                    + SearchService.MAX_QUERY_LENGTH + " characters. Groups come in a fixed order (" + SearchKind.NAMES
                    + "), hits best first as each feature's list orders them; kinds without hits are left out.")
    public SearchResults search(
            @Parameter(required = true, description = "Words to find, accents optional", example = "hoi khoa hoc") @QueryParam("q") String q,
            @Parameter(description = "Comma list of the kinds to search (default: all): " + SearchKind.NAMES, example = "experts,official-documents",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("kinds") String kinds,
            @Parameter(description = "Hits per kind, 1 to " + SearchService.MAX_LIMIT + " (default " + SearchService.DEFAULT_LIMIT + ")",
                    example = "5") @QueryParam("limit") String limit) {
        int perKind = Params.integer("limit", limit, SearchService.DEFAULT_LIMIT, 1, SearchService.MAX_LIMIT);
        return service.search(q, SearchService.kinds(kinds), perKind);
    }
}
