package vn.lhh.expert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The total and facet counts of directory browses without words, per filter and audience, reused
 * while no profile has changed since they were counted. Counting reads every visible profile
 * (about 300 ms for 90,000 of them), while the page itself reads twenty along the name index, and
 * profiles change rarely next to how often the directory is opened.
 *
 * <p>Whether a profile has changed is the directory's generation: the id of the last transaction
 * that changed a profile, set by a trigger on {@code expert} as that transaction commits (V17) and
 * read by the page's own statement. A summary counted at generation g answers only the requests
 * that read g, so every instance sees a write as soon as it commits, whichever instance made it:
 * the cache is local, whether it is still right is in the shared database.
 */
@ApplicationScoped
public class DirectorySummaries {
    /** Entries kept (least recently used dropped): filters times audiences, of a few kilobytes each. */
    static final int MAX_ENTRIES = 1_000;
    private static final int STRIPES = 16;

    public record Key(ExpertRepository.Filter filter, ExpertRepository.Audience who) {
    }

    public record Summary(long generation, long total, Map<String, Map<String, Long>> facets) {
    }

    private final Map<Key, Summary> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Summary> eldest) {
            return size() > MAX_ENTRIES;
        }
    });
    private final Object[] stripes = new Object[STRIPES];

    public DirectorySummaries() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * The summary of {@code key} counted at {@code generation}; when there is none, {@code count} makes it
     * (at the generation it reads, which may be later). Requests that miss together wait for one count
     * rather than each reading the whole directory.
     */
    public Summary current(Key key, long generation, Supplier<Summary> count) {
        Summary s = fresh(key, generation);
        if (s != null) {
            return s;
        }
        synchronized (stripes[Math.floorMod(key.hashCode(), STRIPES)]) {
            s = fresh(key, generation);
            if (s == null) {
                s = count.get();
                entries.put(key, s);
            }
        }
        return s;
    }

    private Summary fresh(Key key, long generation) {
        Summary s = entries.get(key);
        return s != null && s.generation() == generation ? s : null;
    }
}
