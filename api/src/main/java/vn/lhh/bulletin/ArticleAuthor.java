package vn.lhh.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as printed; linked to the expert network when they are one of its experts. */
@Schema(name = "ArticleAuthor")
public record ArticleAuthor(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "PGS.TS. Nguyễn Văn Hùng") String name,
        @Schema(description = "The author's profile in the expert network, if any") UUID expertId,
        @Size(max = 300) @Schema(examples = "Trường Đại học Vinh") String affiliation) {
}
