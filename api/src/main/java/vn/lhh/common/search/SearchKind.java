package vn.lhh.common.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the one search box finds, in the order its groups are shown (the public directory first, then the
 * office's records): the API names are the features' resource names (calendar events live under /calendar/events).
 */
public enum SearchKind {
    ASSOCIATIONS("associations", "/api/v1/associations"),
    EXPERTS("experts", "/api/v1/experts"),
    PROGRAM_TASKS("program-tasks", "/api/v1/program-tasks"),
    OFFICIAL_DOCUMENTS("official-documents", "/api/v1/official-documents"),
    CONSULTATIONS("consultations", "/api/v1/consultations"),
    POSTS("posts", "/api/v1/posts"),
    BULLETIN_ARTICLES("bulletin-articles", "/api/v1/bulletin-articles"),
    CALENDAR_EVENTS("calendar-events", "/api/v1/calendar/events"),
    CONTEST_ENTRIES("contest-entries", "/api/v1/contest-entries");

    /** The kinds' API names, in order (for the OpenAPI enumerations). */
    public static final String NAMES = "associations, experts, program-tasks, official-documents, consultations, posts, "
            + "bulletin-articles, calendar-events, contest-entries";

    public final String apiName;
    /** Where the records of this kind are read, one by one: {@code <collection>/<id>}. */
    private final String collection;

    SearchKind(String apiName, String collection) {
        this.apiName = apiName;
        this.collection = collection;
    }

    public static Optional<SearchKind> of(String apiName) {
        return Arrays.stream(values()).filter(k -> k.apiName.equals(apiName)).findFirst();
    }

    /** The API address of a record of this kind. */
    public String href(Object id) {
        return collection + "/" + id;
    }
}
