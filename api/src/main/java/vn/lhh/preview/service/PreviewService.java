package vn.lhh.preview.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.association.service.AssociationService;
import vn.lhh.bulletin.service.BulletinService;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.contest.service.EditionService;
import vn.lhh.expert.service.ExpertService;
import vn.lhh.news.service.PostService;
import vn.lhh.preview.dto.PagePreview;
import vn.lhh.union.dto.UnionProfileDto;
import vn.lhh.union.service.UnionService;

/**
 * The preview of a shared link: a public page's record read through its own feature's service, with the caller's
 * visibility (a crawler, like the web server asking for it, is anonymous: a draft, an unpublished issue, a hidden
 * expert or a members-only post is "not found" to it). Anything not found, or a page with no record, gets the
 * site's defaults, so a preview never tells whether a hidden record exists.
 */
@ApplicationScoped
public class PreviewService {
    static final int MAX_PATH = 2000;
    static final int MAX_DESCRIPTION = 200;
    private static final Pattern RECORD_PAGE = Pattern.compile(
            "^/(associations|experts|bulletins|news|contests)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:/results)?/?$");
    /** The public lists' titles, as the SPA's headings write them. */
    private static final Map<String, String> LIST_PAGES = Map.of(
            "/directory", "Danh bạ hội thành viên",
            "/experts", "Danh bạ chuyên gia",
            "/bulletins", "Tập san",
            "/news", "Tin tức");

    @Inject
    UnionService union;
    @Inject
    AssociationService associations;
    @Inject
    ExpertService experts;
    @Inject
    BulletinService bulletins;
    @Inject
    PostService posts;
    @Inject
    EditionService editions;

    @ConfigProperty(name = "lhh.previews.site-url")
    String siteUrl;
    @ConfigProperty(name = "lhh.previews.api-url")
    String apiUrl;

    /** The preview of the page at {@code path} (a path of the SPA, "/experts/…"); 400 for what is not such a path. */
    public PagePreview preview(String path) {
        String page = validPath(path);
        UnionProfileDto profile = union.profile();
        String site = "Liên hiệp các hội KH&KT " + profile.place();
        String logo = absolute(apiUrl, profile.logoUrl());
        Found found = find(page);
        if (found == null) {
            String list = LIST_PAGES.get(page.endsWith("/") && page.length() > 1 ? page.substring(0, page.length() - 1) : page);
            found = list != null ? new Found(list, null, "website", null)
                    : new Found(site, null, "website", null);
        }
        String description = found.description() == null || found.description().isBlank()
                ? "Trang thông tin của " + site + ": hội thành viên, chuyên gia, tập san, tin tức và hội thi."
                : shorten(found.description());
        String documentTitle = found.title().equals(site) ? site : found.title() + " · " + site;
        return new PagePreview(page, absolute(siteUrl, page), found.title(), documentTitle, description, found.type(), site,
                found.image() != null ? absolute(apiUrl, found.image()) : logo, "vi_VN");
    }

    private record Found(String title, String description, String type, String image) {
    }

    /** The record a page shows, as the caller may see it; null for a page without one or one the caller may not see. */
    private Found find(String page) {
        try {
            if (page.equals("/contests") || page.equals("/contests/")) {
                var e = editions.dto(editions.current());
                return new Found(e.name(), e.description(), "website", null);
            }
            Matcher m = RECORD_PAGE.matcher(page);
            if (!m.matches()) {
                return null;
            }
            UUID id = UUID.fromString(m.group(2));
            return switch (m.group(1)) {
                case "associations" -> {
                    var a = associations.detail(associations.get(id));
                    yield new Found(a.name(), a.description() != null ? a.description() : "Lĩnh vực: " + a.field(), "website", null);
                }
                case "experts" -> {
                    var e = experts.detail(experts.get(id));
                    String fields = e.fields().stream().map(f -> f.nameVi()).collect(Collectors.joining(", "));
                    yield new Found(e.displayName(), joined(e.position(), e.organisation(), fields), "profile", null);
                }
                case "bulletins" -> {
                    var i = bulletins.detail(bulletins.get(id));
                    String month = i.month().substring(5) + "/" + i.month().substring(0, 4);
                    yield new Found(i.title(), joined("Tập san năm thứ " + i.volume() + ", số " + i.number() + ", tháng " + month, i.summary()),
                            "article", i.cover() != null ? i.cover().url() : null);
                }
                case "news" -> {
                    var p = posts.detail(posts.get(id));
                    yield new Found(p.title(), p.summary(), "article", p.cover() != null ? p.cover().url() : null);
                }
                case "contests" -> {
                    var e = editions.dto(editions.get(id));
                    yield new Found(e.name(), e.description(), "website", null);
                }
                default -> null;
            };
        } catch (ProblemException hiddenOrMissing) {
            return null;
        }
    }

    /** A path of the SPA: starts with one "/", printable, at most 2000 characters; its query or fragment is cut off. */
    static String validPath(String path) {
        if (path == null || path.isBlank()) {
            throw ProblemException.invalidField("path", "validation.page-path-required");
        }
        String p = path.strip();
        int cut = Stream.of(p.indexOf('?'), p.indexOf('#')).filter(i -> i >= 0).min(Integer::compare).orElse(p.length());
        p = p.substring(0, cut);
        if (p.length() > MAX_PATH || !p.startsWith("/") || p.startsWith("//") || p.contains("\\")
                || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ProblemException.invalidField("path", "validation.page-path");
        }
        return p;
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
    }

    /** At most 200 characters, cut at a word with an ellipsis; white space runs made one space. */
    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() <= MAX_DESCRIPTION) {
            return t;
        }
        int space = t.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return t.substring(0, space > MAX_DESCRIPTION / 2 ? space : MAX_DESCRIPTION - 1).strip() + "…";
    }

    private static String absolute(String base, String relative) {
        if (relative == null) {
            return null;
        }
        return base.replaceAll("/+$", "") + relative;
    }
}
