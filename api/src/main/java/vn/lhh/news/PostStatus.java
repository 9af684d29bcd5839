package vn.lhh.news;

import java.util.EnumSet;
import java.util.Set;

/**
 * draft → scheduled (publishes itself at scheduledAt) or published; scheduled → draft or published;
 * published → unpublished (taken off the site, kept); unpublished → draft or published.
 */
public enum PostStatus {
    draft, scheduled, published, unpublished;

    public Set<PostStatus> next() {
        return switch (this) {
            case draft -> EnumSet.of(scheduled, published);
            case scheduled -> EnumSet.of(draft, published);
            case published -> EnumSet.of(unpublished);
            case unpublished -> EnumSet.of(draft, published);
        };
    }
}
