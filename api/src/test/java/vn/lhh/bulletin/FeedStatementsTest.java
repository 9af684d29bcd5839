package vn.lhh.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.dto.BulletinDtos.FeedPage;
import vn.lhh.bulletin.service.BulletinFeedService;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.StatementCounter;

/** The partner change feed reads a page with a constant number of SQL statements, whatever its size (no query per entry). */
@QuarkusTest
class FeedStatementsTest {
    @Inject
    BulletinFeedService feed;

    @Test
    void aFeedPageTakesTheSameFewStatementsForOneEntryAsForFive() {
        String start = BulletinFeedTest.end();
        for (int k = 0; k < 5; k++) {
            List<String> articles = List.of(BulletinFixtures.article(Api.unique("Bài đếm truy vấn")), BulletinFixtures.article(Api.unique("Bài đếm truy vấn")));
            BulletinFixtures.published(Api.unique("Tập san đếm truy vấn"), articles);
        }
        var one = StatementCounter.during(() -> QuarkusTransaction.requiringNew().call(() -> feed.page(start, null, 1)));
        var five = StatementCounter.during(() -> QuarkusTransaction.requiringNew().call(() -> feed.page(start, null, 5)));
        assertEquals(1, one.result().items().size());
        FeedPage page = five.result();
        assertEquals(5, page.items().size());
        page.items().forEach(e -> assertEquals(2, e.articles().size(), e.toString()));
        page.items().forEach(e -> assertTrue(e.issue().pdf() != null, e.toString()));
        // the page of issues, the articles of them all with their fields, the files of them all
        assertTrue(five.statements().size() <= 3, five.statements().toString());
        assertEquals(one.statements().size(), five.statements().size(), five.statements().toString());
    }
}
