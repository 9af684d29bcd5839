package vn.lhh.bulletin.distribution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.distribution.rest.DistributionDtos.TotalsDto;
import vn.lhh.bulletin.distribution.service.DistributionService;
import vn.lhh.common.security.Roles;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.common.web.Params;

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
}
