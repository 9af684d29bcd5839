package vn.lhh.search.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.common.search.SearchHit;

/** What the search box answers. */
public final class SearchDtos {
    private SearchDtos() {
    }

    @Schema(name = "SearchResults", description = "The hits the caller may open, grouped by kind in a fixed order (kinds without hits are left out)")
    public record SearchResults(
            @Schema(required = true, description = "The words searched, as read (NFC, invisible characters removed)", examples = "hoi khoa hoc") String query,
            @Schema(required = true) List<SearchGroup> groups) {
    }

    @Schema(name = "SearchGroup", description = "The hits of one kind, best first")
    public record SearchGroup(
            @Schema(required = true, type = SchemaType.STRING, enumeration = {"associations", "experts", "program-tasks", "official-documents",
                    "consultations", "posts", "bulletin-articles", "calendar-events", "contest-entries"}) String kind,
            @Schema(required = true) List<SearchHit> hits,
            @Schema(required = true, description = "true when this kind has more hits than the limit: the feature's own list shows them all")
            boolean more) {
    }
}
