package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.files.FileParams;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.dto.JudgingDtos.BlindEntryDto;
import vn.lhh.contest.dto.JudgingDtos.MyJudgingList;
import vn.lhh.contest.dto.JudgingDtos.ScoreInput;
import vn.lhh.contest.dto.JudgingDtos.ScoreSheetDto;
import vn.lhh.common.etag.Responses;
import vn.lhh.contest.service.ScoringService;
import vn.lhh.contest.dto.JudgingDtos;

/**
 * The judge's own screen. A judge (role judge, or an expert who judges) reaches only the entries of
 * their set: assigned (by category or one by one), in judging, without a conflict of interest. Any
 * other entry is 404, as if it did not exist.
 */
@Path("/api/v1/me/judging")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.JUDGE, Roles.EXPERT})
public class MyJudgingResource {
    static final String BLIND = "Blind judging: the judge sees the entry's number, title, category, description, how it works, video link, "
            + "photos and documents — never its authors, supervisor, school or district.";
    static final String TOTAL = "total = 100 × Σ(weightᵢ × scoreᵢ / maxScoreᵢ) / Σ weightᵢ, rounded half-up to 3 decimals.";

    @Inject
    ScoringService service;
    @Inject
    FileStore files;

    @GET
    @Operation(operationId = "listMyContestJudging", summary = "The caller's judge records (one per edition) with the entries they score and each sheet's status",
            description = "An expert who is not a judge gets an empty list.")
    public MyJudgingList mine() {
        return service.mine();
    }

    @GET
    @Path("entries/{entryId}")
    @Operation(operationId = "getMyContestJudgingEntry", summary = "An entry to score: blind view, rubric and the caller's score sheet",
            description = BLIND + " 404 for an entry the caller does not score.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = BlindEntryDto.class)))
    public BlindEntryDto entry(@PathParam("entryId") UUID entryId) {
        return service.blindEntry(entryId);
    }

    @GET
    @Path("entries/{entryId}/files/{fileId}")
    @Produces({"image/png", "image/jpeg", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getMyContestJudgingEntryFile", summary = "A photo or document of an entry the caller scores")
    @APIResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response file(@PathParam("entryId") UUID entryId, @PathParam("fileId") UUID fileId, @BeanParam FileParams params) {
        return params.respond(files, service.blindFile(entryId, fileId));
    }

    @PUT
    @Path("entries/{entryId}/score")
    @Operation(operationId = "saveMyContestScore", summary = "Save the caller's score sheet as a draft (If-Match once it exists)",
            description = "Only while judging is open: today (Asia/Ho_Chi_Minh) within [judgingOpens, judgingCloses], both inclusive; 409 otherwise. "
                    + "Per criterion id an integer 0..maxScore; a draft may leave criteria out. A submitted sheet is locked (409) until the "
                    + "office reopens it. Unknown criteria and out-of-range scores are 400 naming scores.<criterionId>.")
    @APIResponse(responseCode = "200", description = "Saved; ETag carries the sheet's version", content = @Content(schema = @Schema(implementation = ScoreSheetDto.class)))
    public Response save(@PathParam("entryId") UUID entryId,
                         @Parameter(in = ParameterIn.HEADER, description = "Required once the sheet exists") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull ScoreInput body) {
        return Responses.ok(service.saveDraft(entryId, ifMatch, body), ScoreSheetDto::version);
    }

    @POST
    @Path("entries/{entryId}/score/submission")
    @Operation(operationId = "submitMyContestScore", summary = "Submit the caller's score sheet (If-Match): every criterion scored; then locked",
            description = "Only while judging is open (409 otherwise). Missing criteria are 400 naming each. " + TOTAL)
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = ScoreSheetDto.class)))
    public Response submit(@PathParam("entryId") UUID entryId,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.submit(entryId, ifMatch), ScoreSheetDto::version);
    }
}
