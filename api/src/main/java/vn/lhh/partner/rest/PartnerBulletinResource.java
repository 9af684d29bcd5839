package vn.lhh.partner.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.web.Params;
import vn.lhh.partner.PartnerBulletin;
import vn.lhh.partner.PartnerRepository;
import vn.lhh.partner.dto.PartnerDtos.PartnerBulletinDto;
import vn.lhh.partner.service.PartnerBulletinService;
import vn.lhh.partner.dto.PartnerDtos;

/** Bulletins of partner unions, as pulled from their feeds: published material, so public. */
@Path("/api/v1/partner-bulletins")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerBulletinResource {
    @Inject
    PartnerBulletinService service;

    @GET
    @PermitAll
    @Operation(operationId = "listPartnerBulletins", summary = "Bulletin issues from partner unions, newest first, with links to their PDFs (public)",
            description = "Withdrawn issues stay listed, marked withdrawn, without links. q is accent- and case-insensitive over the title, "
                    + "summary, articles and authors.")
    public Page<PartnerBulletinDto> list(
            @Parameter(description = "Only from this partner") @QueryParam("partnerId") UUID partnerId,
            @Parameter(description = "Words of the title, summary, articles or authors, accents optional", example = "cam vinh") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = PartnerBulletin.Status.class)) @QueryParam("status") PartnerBulletin.Status status,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "publishedAt, month or changedAt; '-' for descending. Default: -publishedAt") @QueryParam("sort") String sort) {
        var filter = new PartnerRepository.BulletinFilter(partnerId, Params.text("q", q, 200),
                status);
        return service.list(filter, PageRequest.of(page, size, sort, "-publishedAt", PartnerRepository.BULLETIN_SORTABLE, "b.id"));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getPartnerBulletin", summary = "A bulletin issue from a partner union (public)")
    public PartnerBulletinDto get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
