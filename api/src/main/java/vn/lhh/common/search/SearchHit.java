package vn.lhh.common.search;

import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record found by the search box, as its feature describes it to the caller. */
@Schema(name = "SearchHit", description = "A record the caller may open")
public record SearchHit(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"associations", "experts", "program-tasks", "official-documents",
                "consultations", "posts", "bulletin-articles", "calendar-events", "contest-entries"}) String kind,
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Hội Khoa học Kinh tế tỉnh Nghệ An") String title,
        @Schema(description = "A short line that tells hits apart (abbreviation, position, symbol, date...)", examples = "HKHKT · Kinh tế")
        String subtitle,
        @Schema(required = true, description = "The web application's page of the record", examples = "/associations/3f0e1c2a-5b7d-4e8f-9a1b-2c3d4e5f6a7b")
        String path,
        @Schema(required = true, description = "The API address of the record (GET it with the same credentials)",
                examples = "/api/v1/associations/3f0e1c2a-5b7d-4e8f-9a1b-2c3d4e5f6a7b")
        String href) {

    static final int SUBTITLE_MAX = 160;

    public static SearchHit of(SearchKind kind, UUID id, String title, String subtitle, String path) {
        return new SearchHit(kind.apiName, id, title, shorten(subtitle), path, kind.href(id));
    }

    /** The non-blank parts joined with " · " (null when none). */
    public static String line(Object... parts) {
        String s = Stream.of(parts).filter(Objects::nonNull).map(Object::toString).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" · "));
        return s.isEmpty() ? null : s;
    }

    /** At most {@value #SUBTITLE_MAX} characters, cut at a space with an ellipsis: a hint, not the record. */
    static String shorten(String text) {
        if (text == null || text.length() <= SUBTITLE_MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUBTITLE_MAX - 1);
        return text.substring(0, cut > SUBTITLE_MAX / 2 ? cut : SUBTITLE_MAX - 1).strip() + "…";
    }
}
