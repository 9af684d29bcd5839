package vn.lhh.bulletin;

import java.util.EnumSet;
import java.util.Set;

/** draft → in_review → scheduled → published (→ withdrawn with a reason); in_review may go back to draft, scheduled back to in_review. */
public enum IssueStatus {
    draft, in_review, scheduled, published, withdrawn;

    /** Before publication the issue's content (files, articles) may still change. */
    public static final Set<IssueStatus> EDITABLE = EnumSet.of(draft, in_review, scheduled);
    /** What the public, partners and the feed see. */
    public static final Set<IssueStatus> RELEASED = EnumSet.of(published, withdrawn);

    public Set<IssueStatus> next() {
        return switch (this) {
            case draft -> EnumSet.of(in_review);
            case in_review -> EnumSet.of(draft, scheduled, published);
            case scheduled -> EnumSet.of(in_review, published);
            case published -> EnumSet.of(withdrawn);
            case withdrawn -> EnumSet.noneOf(IssueStatus.class);
        };
    }
}
