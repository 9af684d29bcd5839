package vn.lhh.preview.rest;

import static vn.lhh.common.feed.Atom.esc;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.preview.dto.PagePreview;
import vn.lhh.preview.service.PreviewService;

/**
 * Shared-link previews of the SPA's public pages. Crawlers of social networks and chat apps (Facebook, Zalo...) do
 * not run JavaScript: the SPA's web server (nginx in production, e2e/serve.mjs locally) answers their page requests
 * with this operation's HTML, whose head carries the page's title, description and Open Graph tags. The SPA reads
 * the JSON form to set the page's meta description.
 */
@Path("/api/v1/page-previews")
@Tag(name = "Union")
public class PreviewResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    PreviewService service;
    @Context
    HttpHeaders headers;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "getPagePreview", summary = "The title, description and Open Graph metadata of a public page of the site (public; "
            + "JSON, or as a small HTML page for crawlers when text/html is asked for)")
    @APIResponse(responseCode = "200", description = "The page's metadata, or the site's defaults for a page without a public record",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PagePreview.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "path is missing or is not a path of the site")
    public Response get(@Parameter(required = true, description = "The page's path on the SPA's site (its query, if any, is ignored)",
            example = "/news/4f6c1b9e-2a7d-4c1e-9f3a-0b8e5d7c6a21") @QueryParam("path") String path) {
        PagePreview preview = service.preview(path);
        boolean html = headers.getAcceptableMediaTypes().stream()
                .filter(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) || t.isCompatible(MediaType.TEXT_HTML_TYPE))
                .findFirst().map(t -> !t.isWildcardType() && t.isCompatible(MediaType.TEXT_HTML_TYPE)).orElse(false);
        return html ? Response.ok(page(preview), HTML).build() : Response.ok(preview, MediaType.APPLICATION_JSON).build();
    }

    /**
     * A page a crawler reads: the tags in its head, the title, description and a link to the page in its body. Written as
     * well-formed XHTML (closed empty elements), which HTML parsers read the same.
     */
    static String page(PagePreview p) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\" />\n");
        h.append("<title>").append(esc(p.documentTitle())).append("</title>\n");
        h.append("<meta name=\"description\" content=\"").append(esc(p.description())).append("\" />\n");
        h.append("<link rel=\"canonical\" href=\"").append(esc(p.url())).append("\" />\n");
        meta(h, "og:title", p.title());
        meta(h, "og:description", p.description());
        meta(h, "og:type", p.type());
        meta(h, "og:url", p.url());
        meta(h, "og:site_name", p.siteName());
        meta(h, "og:locale", p.locale());
        if (p.image() != null) {
            meta(h, "og:image", p.image());
        }
        h.append("<meta name=\"twitter:card\" content=\"").append(p.image() != null ? "summary_large_image" : "summary").append("\" />\n");
        h.append("</head>\n<body>\n<h1>").append(esc(p.title())).append("</h1>\n<p>").append(esc(p.description()))
                .append("</p>\n<p><a href=\"").append(esc(p.url())).append("\">").append(esc(p.siteName())).append("</a></p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void meta(StringBuilder h, String property, String content) {
        h.append("<meta property=\"").append(property).append("\" content=\"").append(esc(content)).append("\" />\n");
    }
}
