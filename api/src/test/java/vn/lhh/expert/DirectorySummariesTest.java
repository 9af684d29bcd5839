package vn.lhh.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of a browse's counts on its own: reused at the same generation only, shared by concurrent misses, bounded. */
class DirectorySummariesTest {
    private final DirectorySummaries summaries = new DirectorySummaries();
    private final AtomicInteger counts = new AtomicInteger();

    private static DirectorySummaries.Key key(String field) {
        return new DirectorySummaries.Key(new ExpertRepository.Filter(null, field, null, null, null, null, false),
                new ExpertRepository.Audience(false, List.of("public"), null, List.of()));
    }

    private DirectorySummaries.Summary count(long generation) {
        counts.incrementAndGet();
        return new DirectorySummaries.Summary(generation, counts.get(), Map.of());
    }

    @Test
    void aSummaryIsReusedWhileTheGenerationIsTheSameAndCountedAgainWhenItChanges() {
        DirectorySummaries.Summary first = summaries.current(key("a"), 7, () -> count(7));
        assertSame(first, summaries.current(key("a"), 7, () -> count(7)));
        assertEquals(1, counts.get());
        // another transaction's id: not older or newer, just another state of the directory
        DirectorySummaries.Summary changed = summaries.current(key("a"), 5, () -> count(5));
        assertEquals(2, counts.get());
        assertEquals(5, changed.generation());
        summaries.current(key("a"), 7, () -> count(7));
        assertEquals(3, counts.get(), "the summary of generation 5 replaced the one of 7");
    }

    @Test
    void otherFiltersAndAudiencesHaveTheirOwnCounts() {
        summaries.current(key("a"), 1, () -> count(1));
        summaries.current(key("b"), 1, () -> count(1));
        var staff = new DirectorySummaries.Key(key("a").filter(), new ExpertRepository.Audience(true, List.of(), null, List.of()));
        var officer = new DirectorySummaries.Key(key("a").filter(),
                new ExpertRepository.Audience(false, List.of("public"), null, List.of(UUID.randomUUID())));
        summaries.current(staff, 1, () -> count(1));
        summaries.current(officer, 1, () -> count(1));
        assertEquals(4, counts.get());
        summaries.current(key("a"), 1, () -> count(1));
        assertEquals(4, counts.get());
    }

    @Test
    void requestsThatMissTogetherWaitForOneCount() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<DirectorySummaries.Summary>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return summaries.current(key("a"), 3, () -> {
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return count(3);
                    });
                }));
            }
            start.countDown();
            DirectorySummaries.Summary one = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<DirectorySummaries.Summary> a : answers) {
                assertSame(one, a.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, counts.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLeastRecentlyUsedSummaryIsDroppedPastTheBound() {
        summaries.current(key("first"), 1, () -> count(1));
        for (int i = 0; i < DirectorySummaries.MAX_ENTRIES; i++) {
            String field = "f" + i;
            summaries.current(key(field), 1, () -> count(1));
        }
        int before = counts.get();
        summaries.current(key("f" + (DirectorySummaries.MAX_ENTRIES - 1)), 1, () -> count(1));
        assertEquals(before, counts.get(), "a recent one is kept");
        summaries.current(key("first"), 1, () -> count(1));
        assertEquals(before + 1, counts.get(), "the oldest one was dropped");
    }
}
