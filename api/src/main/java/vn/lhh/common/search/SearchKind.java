package vn.lhh.common.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the one search box finds, in the order its groups are shown (the public directory first, then the
 * office's records): the API names are the features' resource names, so a hit's kind tells where it lives.
 */
public enum SearchKind {
    ASSOCIATIONS("associations"),
    EXPERTS("experts"),
    PROGRAM_TASKS("program-tasks"),
    OFFICIAL_DOCUMENTS("official-documents"),
    CONSULTATIONS("consultations"),
    POSTS("posts"),
    BULLETIN_ARTICLES("bulletin-articles"),
    CALENDAR_EVENTS("calendar-events"),
    CONTEST_ENTRIES("contest-entries");

    /** The kinds' API names, in order (for the OpenAPI enumerations). */
    public static final String NAMES = "associations, experts, program-tasks, official-documents, consultations, posts, "
            + "bulletin-articles, calendar-events, contest-entries";

    public final String apiName;

    SearchKind(String apiName) {
        this.apiName = apiName;
    }

    public static Optional<SearchKind> of(String apiName) {
        return Arrays.stream(values()).filter(k -> k.apiName.equals(apiName)).findFirst();
    }

    /** The API address of a record of this kind. */
    public String href(Object id) {
        return "/api/v1/" + apiName + "/" + id;
    }
}
