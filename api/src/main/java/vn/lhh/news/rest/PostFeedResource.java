package vn.lhh.news.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.feed.Atom;
import vn.lhh.news.Post;
import vn.lhh.news.PostStatus;
import vn.lhh.news.service.PostService;

/** The public posts as an Atom feed, beside the bulletin's (/api/v1/bulletin-feed/atom), written by the same {@link Atom}. */
@Path("/api/v1/post-feed")
@Tag(name = "News")
public class PostFeedResource {
    @Inject
    PostService service;
    @ConfigProperty(name = "lhh.union.name")
    String unionName;
    @Context
    UriInfo uri;

    @GET
    @Path("atom")
    @PermitAll
    @Produces({Atom.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "readPostsAtomFeed", summary = "The latest 50 public posts as an Atom feed (RFC 4287); posts taken down as tombstones (RFC 6721)")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = Atom.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response atom() {
        List<Post> posts = service.publicFeed(50);
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        List<Atom.Item> items = new ArrayList<>();
        for (Post p : posts) {
            if (p.status != PostStatus.published) {
                items.add(new Atom.Tombstone("urn:uuid:" + p.id, p.updatedAt, "Bài đã được gỡ xuống."));
                continue;
            }
            List<Atom.Link> links = new ArrayList<>();
            links.add(Atom.Link.alternate("application/json", base + "/api/v1/posts/" + p.id));
            items.add(new Atom.Entry("urn:uuid:" + p.id, p.title, p.updatedAt, p.publishedAt, links, List.of(p.tags), p.summary, p.bodyHtml));
        }
        Instant updated = posts.isEmpty() ? Instant.EPOCH : posts.get(0).updatedAt;
        String xml = Atom.write(new Atom.Feed(base + "/api/v1/post-feed/atom", "Tin tức – " + unionName, unionName,
                uri.getRequestUri().toString(), "vi"), updated, items);
        return Response.ok(xml, Atom.MEDIA_TYPE + ";charset=UTF-8").build();
    }

}
