package vn.lhh.preview.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a shared link of a public page shows: the page's Open Graph title, description, type, address and image. */
@Schema(name = "PagePreview", description = "The metadata of a public page for shared links (Open Graph) and search engines: "
        + "what an anonymous visitor may see of the page's record, or the site's defaults for any other page")
public record PagePreview(
        @Schema(required = true, description = "The page's path, as asked (without query)", examples = "/experts/4f6c1b9e-2a7d-4c1e-9f3a-0b8e5d7c6a21") String path,
        @Schema(required = true, description = "The page's absolute address (og:url)", examples = "https://lhh.example.vn/experts/4f6c1b9e-2a7d-4c1e-9f3a-0b8e5d7c6a21") String url,
        @Schema(required = true, description = "The page's title (og:title): the record's name, or the site's", examples = "PGS.TS. Lê Thị Hồng Nhung") String title,
        @Schema(required = true, description = "The document title (<title>): the page's title and the site's name", examples = "PGS.TS. Lê Thị Hồng Nhung · Liên hiệp các hội KH&KT Nghệ An") String documentTitle,
        @Schema(required = true, description = "A short description (og:description, meta description), at most 200 characters", examples = "Trưởng khoa Y tế công cộng · Trường Đại học Y khoa Vinh · Y tế") String description,
        @Schema(required = true, description = "The Open Graph type", enumeration = {"website", "article", "profile"}, examples = "profile") String type,
        @Schema(required = true, description = "The union's name (og:site_name)", examples = "Liên hiệp các hội KH&KT Nghệ An") String siteName,
        @Schema(description = "Absolute address of the page's image (og:image): a cover, or the union's logo; absent when there is none",
                examples = "https://api.lhh.example.vn/api/v1/posts/4f6c1b9e-2a7d-4c1e-9f3a-0b8e5d7c6a21/cover") String image,
        @Schema(required = true, description = "The page's language (og:locale)", examples = "vi_VN") String locale) {
}
