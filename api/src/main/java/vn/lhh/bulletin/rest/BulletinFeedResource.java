package vn.lhh.bulletin.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.FeedChange;
import vn.lhh.bulletin.dto.BulletinDtos.FeedEntry;
import vn.lhh.bulletin.dto.BulletinDtos.FeedPage;
import vn.lhh.bulletin.service.BulletinFeedService;
import vn.lhh.common.feed.Atom;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.bulletin.dto.BulletinDtos;

/** What partner unions pull: every change to a released issue, in order, as JSON pages or Atom. */
@Path("/api/v1/bulletin-feed")
@Tag(name = "Bulletin feed")
public class BulletinFeedResource {
    public static final String ATOM = "application/atom+xml";

    @Inject
    BulletinFeedService feed;
    @ConfigProperty(name = "lhh.union.name")
    String unionName;
    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "readBulletinFeed", summary = "The change feed of released issues (partners, staff, admin)",
            description = "Oldest change first; each issue appears once, at its latest change (published, updated or withdrawn). "
                    + "Start without a cursor (or with updatedSince), then pass nextCursor back: no change is missed or repeated, even "
                    + "while issues are being published. A withdrawal carries the issue's identity and the reason, no content.")
    public FeedPage read(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Instead of a cursor: changes at or after this instant (ISO 8601)", example = "2026-11-01T00:00:00Z")
            @QueryParam("updatedSince") Instant updatedSince,
            @Parameter(description = "Entries per page, 1 to 100 (default 20)") @QueryParam("size") String size) {
        if (cursor != null && updatedSince != null) {
            throw ProblemException.invalidField("updatedSince", "validation.cursor-or-since");
        }
        return feed.page(cursor, updatedSince, Params.integer("size", size, 20, 1, 100));
    }

    @GET
    @Path("atom")
    @Produces({ATOM, MediaType.APPLICATION_JSON})
    @PermitAll
    @Operation(operationId = "readBulletinAtomFeed", summary = "The latest 50 changes as an Atom feed (RFC 4287); withdrawals as tombstones (RFC 6721)")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response atom() {
        List<FeedEntry> entries = feed.latest(50);
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return Response.ok(AtomWriter.write(unionName, base, uri.getRequestUri().toString(), entries), ATOM + ";charset=UTF-8").build();
    }

    /** The bulletin's Atom feed, written by the API's one Atom writer ({@link Atom}). */
    static final class AtomWriter {
        private AtomWriter() {
        }

        static String write(String unionName, String base, String self, List<FeedEntry> entries) {
            Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).changedAt();
            List<Atom.Item> items = new ArrayList<>();
            for (FeedEntry e : entries) {
                var i = e.issue();
                if (e.change() == FeedChange.withdrawn) {
                    items.add(new Atom.Tombstone("urn:uuid:" + i.id(), e.changedAt(), i.withdrawReason()));
                    continue;
                }
                List<Atom.Link> links = new ArrayList<>();
                links.add(Atom.Link.alternate("application/json", base + "/api/v1/bulletins/" + i.id()));
                if (i.pdf() != null) {
                    links.add(new Atom.Link("enclosure", "application/pdf", base + i.pdf().url(), (long) i.pdf().sizeBytes()));
                }
                StringBuilder summary = new StringBuilder(i.summary() == null ? "" : i.summary());
                e.articles().forEach(a -> summary.append(summary.isEmpty() ? "" : "\n").append("• ").append(a.title()));
                items.add(new Atom.Entry("urn:uuid:" + i.id(), i.title(), e.changedAt(), i.publishedAt(), links, List.of(), summary.toString(), null));
            }
            return Atom.write(new Atom.Feed(base + "/api/v1/bulletin-feed/atom", "Tập san khoa học và ứng dụng – " + unionName, unionName, self, "vi"),
                    updated, items);
        }
    }
}
