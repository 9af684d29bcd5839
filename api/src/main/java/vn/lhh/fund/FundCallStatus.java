package vn.lhh.fund;

import java.util.EnumSet;
import java.util.Set;

/**
 * draft → open (applications accepted from opensAt until closesAt) → closed → under_review → decided → archived.
 * A call goes one way only: what was published and applied to is not taken back.
 */
public enum FundCallStatus {
    draft, open, closed, under_review, decided, archived;

    public Set<FundCallStatus> next() {
        return switch (this) {
            case draft -> EnumSet.of(open);
            case open -> EnumSet.of(closed);
            case closed -> EnumSet.of(under_review);
            case under_review -> EnumSet.of(decided);
            case decided -> EnumSet.of(archived);
            case archived -> EnumSet.noneOf(FundCallStatus.class);
        };
    }

    /** Everything but a draft is public: open calls, and the results of the others. */
    public boolean isPublic() {
        return this != draft;
    }
}
