package vn.lhh.association.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.association.service.AssociationService;
import vn.lhh.association.dto.AssociationStatistics;

@Path("/api/v1/association-statistics")
@Tag(name = "Associations")
@Produces(MediaType.APPLICATION_JSON)
public class AssociationStatisticsResource {
    @Inject
    AssociationService service;

    @GET
    @PermitAll
    @Operation(operationId = "getAssociationStatistics", summary = "Count associations by status and congress status",
            description = "For dashboards: exact counts in one call, however many associations there are. The public and "
                    + "other callers outside the union office count the active associations only, as they list them.")
    public AssociationStatistics get() {
        return service.statistics();
    }
}
