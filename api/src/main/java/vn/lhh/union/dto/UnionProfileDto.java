package vn.lhh.union.dto;

import vn.lhh.common.etag.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the SPA's header and footer, and shared-link previews, show of the union running this instance. */
@Schema(name = "UnionProfile", description = "The union's identity: name with its province, contacts and logo")
public record UnionProfileDto(
        @Schema(required = true, description = "The union's full name, as on its letterhead",
                examples = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN") String name,
        @Schema(required = true, description = "The province", examples = "Nghệ An") String place,
        @Schema(description = "Postal address", examples = "Số 75, đường Nguyễn Thị Minh Khai, TP. Vinh, Nghệ An") String address,
        @Schema(description = "Telephone", examples = "0238 3844 123") String phone,
        @Schema(description = "E-mail", examples = "vanphong@lienhiephoi.example.vn") String email,
        @Schema(description = "The union's own website, if it has one besides this system", examples = "https://lienhiephoi.example.vn") String website,
        @Schema(description = "Relative URL of the logo image; absent when no logo is uploaded", examples = "/api/v1/union/logo") String logoUrl,
        @Schema(required = true, description = "The stored identity's version (the logo's If-Match)", examples = "3") long version) implements Versioned {
}
