package vn.lhh.common.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;

/** Unknown paths under /api answer 404 problem+json too, not the framework's plain page. */
@Path("/api")
public class UnknownApiPathResource {
    private static ProblemException unknown(String path) {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.path", "/api/" + path);
    }

    @GET
    @Path("{path: .*}")
    @Operation(hidden = true)
    public void get(@PathParam("path") String path) {
        throw unknown(path);
    }

    @POST
    @Path("{path: .*}")
    @Operation(hidden = true)
    public void post(@PathParam("path") String path) {
        throw unknown(path);
    }

    @PUT
    @Path("{path: .*}")
    @Operation(hidden = true)
    public void put(@PathParam("path") String path) {
        throw unknown(path);
    }

    @PATCH
    @Path("{path: .*}")
    @Operation(hidden = true)
    public void patch(@PathParam("path") String path) {
        throw unknown(path);
    }

    @DELETE
    @Path("{path: .*}")
    @Operation(hidden = true)
    public void delete(@PathParam("path") String path) {
        throw unknown(path);
    }
}
