package vn.lhh.dashboard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.security.Roles;
import vn.lhh.dashboard.dto.ExecutiveDashboard;
import vn.lhh.dashboard.service.ExecutiveDashboardService;

/** Executive information for the standing office: one call for the whole dashboard. */
@Path("/api/v1/dashboard/executive")
@Tag(name = "Dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutiveDashboardResource {
    @Inject
    ExecutiveDashboardService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getExecutiveDashboard", summary = "The standing office's dashboard (staff, admin)",
            description = "This year's program progress, consultations open and overdue, congresses due (within lhh.congress.due-window-months) "
                    + "and overdue, this month's bulletin issue, the newest contest edition and the newest registered documents; "
                    + "each tile carries the web application's path to its full list. 'This year' and 'this month' are in Asia/Ho_Chi_Minh.")
    public ExecutiveDashboard get() {
        return service.build();
    }
}
