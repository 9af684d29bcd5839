package vn.lhh.bulletin.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.bulletin.subscription.service.BulletinMailing;
import vn.lhh.notification.reminder.Outbox;
import vn.lhh.notification.reminder.Mails;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Mailboxes;
import vn.lhh.testsupport.Tokens;

/**
 * The bulletin by e-mail: double opt-in with an expiring link, the same answer for every address, the rate
 * limit per address, unsubscribing, counts for the office and the export for the admin, and a published issue
 * queued once for each confirmed subscriber, batch by batch.
 */
@QuarkusTest
class BulletinSubscriptionTest {
    static final String BASE = "/api/v1/bulletin-subscriptions";
    static final String CONFIRM_KIND = "bulletin-subscription-confirm";
    static final Pattern CONFIRM_LINK = Pattern.compile("/bulletin-subscription/confirm\\?token=([A-Za-z0-9_-]+)");
    static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("/bulletin-subscription/unsubscribe\\?token=([A-Za-z0-9_-]+)");
    static final String CONFIRM_SUBJECT = "Xác nhận đăng ký nhận Tập san";

    @Inject
    DataSource ds;
    @Inject
    BulletinMailing mailing;

    static String address(String name) {
        return Api.unique(name).replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@example.vn";
    }

    static Response subscribe(String email) {
        return Api.anonymous().body(Map.of("email", email)).post(BASE);
    }

    /**
     * The secrets of the last confirmation mail queued for the address, {confirm, unsubscribe}, read from the mail
     * itself on the test SMTP/IMAP server: the database holds only their hashes.
     */
    String[] lastLinks(String email) {
        int queued = Outbox.to(ds, CONFIRM_KIND, email.toLowerCase()).size();
        assertTrue(queued > 0, "no confirmation for " + email);
        List<MimeMessage> mails = Mailboxes.await(email.toLowerCase(), Mailboxes.subjectContains(CONFIRM_SUBJECT), queued, Mailboxes.DELIVERY);
        assertEquals(queued, mails.size(), "confirmation mails to " + email);
        String body = Mails.text(mails.get(queued - 1));
        Matcher confirm = CONFIRM_LINK.matcher(body);
        Matcher unsubscribe = UNSUBSCRIBE_LINK.matcher(body);
        assertTrue(confirm.find() && unsubscribe.find(), body);
        return new String[] {confirm.group(1), unsubscribe.group(1)};
    }

    String confirmed(String email) {
        subscribe(email).then().statusCode(202);
        String[] links = lastLinks(email);
        Api.anonymous().body(Map.of("token", links[0])).post(BASE + "/confirmations").then().statusCode(200).body("status", equalTo("confirmed"));
        return links[1];
    }

    @Test
    void doubleOptInWithTheSameAnswerForEveryAddress() {
        String email = address("Ban Đọc");
        String first = subscribe(email).then().statusCode(202).body("message", notNullValue()).extract().asString();
        Outbox.Row mail = Outbox.to(ds, CONFIRM_KIND, email).get(0);
        assertEquals("address", mail.recipientType());
        assertTrue(mail.title().contains("Xác nhận đăng ký nhận Tập san"), mail.title());
        assertTrue(mail.link().startsWith("/bulletin-subscription/confirm?token={secret:"), mail.link());
        String[] firstLinks = lastLinks(email);
        // the real mail on the test SMTP server: Vietnamese subject, the absolute confirmation link, one-click unsubscribe
        Mails.check(Mails.one(email, CONFIRM_SUBJECT), CONFIRM_SUBJECT,
                "/bulletin-subscription/confirm?token=" + firstLinks[0]);

        // asked again while pending: the same answer, a new link, the older one dead
        String again = subscribe(email.toUpperCase()).then().statusCode(202).extract().asString();
        assertEquals(first, again);
        assertEquals(2, Outbox.to(ds, CONFIRM_KIND, email).size());
        String[] links = lastLinks(email);
        Api.anonymous().body(Map.of("token", firstLinks[0])).post(BASE + "/confirmations").then().statusCode(404)
                .contentType("application/problem+json");

        Api.anonymous().body(Map.of("token", links[0])).post(BASE + "/confirmations").then().statusCode(200).body("status", equalTo("confirmed"));
        // a used link is gone
        Api.anonymous().body(Map.of("token", links[0])).post(BASE + "/confirmations").then().statusCode(404);

        // a confirmed address: the same answer again, and nothing mailed
        String known = subscribe(email).then().statusCode(202).extract().asString();
        assertEquals(first, known);
        assertEquals(2, Outbox.to(ds, CONFIRM_KIND, email).size());
        // and an unknown one gets exactly that answer too
        assertEquals(first, subscribe(address("Người lạ")).then().statusCode(202).extract().asString());
    }

    @Test
    void theAnswerSpeaksTheCallersLanguage() {
        given().header("Accept-Language", "en").contentType("application/json").body(Map.of("email", address("english"), "language", "en"))
                .post(BASE).then().statusCode(202).body("message", containsString("confirmation"));
        given().header("Accept-Language", "vi").contentType("application/json").body(Map.of("email", address("tieng viet")))
                .post(BASE).then().statusCode(202).body("message", containsString("thư xác nhận"));
    }

    @Test
    void anExpiredLinkIsRefusedAndANewSignUpHelps() {
        String email = address("het han");
        subscribe(email).then().statusCode(202);
        String[] links = lastLinks(email);
        Outbox.execute(ds, "UPDATE bulletin_subscription SET confirm_expires_at = now() - interval '1 minute' WHERE email_key = ?", email);
        Api.anonymous().body(Map.of("token", links[0])).post(BASE + "/confirmations").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("deadline")).body("detail", notNullValue());
        subscribe(email).then().statusCode(202);
        Api.anonymous().body(Map.of("token", lastLinks(email)[0])).post(BASE + "/confirmations").then().statusCode(200);
    }

    @Test
    void unsubscribeByLinkAndByOneClick() {
        String email = address("roi di");
        String unsubscribe = confirmed(email);
        Api.anonymous().body(Map.of("token", unsubscribe)).post(BASE + "/unsubscriptions").then().statusCode(200)
                .body("status", equalTo("unsubscribed"));
        // repeating it is harmless
        Api.anonymous().body(Map.of("token", unsubscribe)).post(BASE + "/unsubscriptions").then().statusCode(200);
        Api.anonymous().body(Map.of("token", "khong-co-that")).post(BASE + "/unsubscriptions").then().statusCode(404)
                .contentType("application/problem+json");

        // RFC 8058: the mail program POSTs List-Unsubscribe=One-Click to the link
        String other = confirmed(address("mot cham"));
        given().contentType("application/x-www-form-urlencoded").queryParam("token", other).body("List-Unsubscribe=One-Click")
                .post(BASE + "/one-click-unsubscriptions").then().statusCode(200).body("status", equalTo("unsubscribed"));
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(BASE + "/one-click-unsubscriptions").then().statusCode(400).contentType("application/problem+json");

        // and anyone may come back: a new confirmation
        subscribe(email).then().statusCode(202);
        Api.anonymous().body(Map.of("token", lastLinks(email)[0])).post(BASE + "/confirmations").then().statusCode(200);
    }

    @Test
    void signUpsAreLimitedPerAddress() {
        String email = address("qua nhieu");
        for (int i = 0; i < 3; i++) {
            subscribe(email).then().statusCode(202);
        }
        subscribe(email).then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        // the same for an address written differently
        subscribe(email.toUpperCase()).then().statusCode(429);
        // another address is not held back
        subscribe(address("nguoi khac")).then().statusCode(202);
        assertEquals(3, Outbox.to(ds, CONFIRM_KIND, email).size());
    }

    @Test
    void badInputs() {
        Api.anonymous().body(Map.of()).post(BASE).then().statusCode(400).contentType("application/problem+json");
        Api.anonymous().body(Map.of("email", "khong-phai-email")).post(BASE).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem(containsString("email")));
        Api.anonymous().body(Map.of("email", "a@b.vn\r\nBcc: x@y.vn")).post(BASE).then().statusCode(400);
        Api.anonymous().body(Map.of("email", "<a@b.vn>, c@d.vn")).post(BASE).then().statusCode(400);
        Api.anonymous().body(Map.of("email", "x".repeat(250) + "@b.vn")).post(BASE).then().statusCode(400);
        Api.anonymous().body(Map.of("email", address("lang"), "language", "fr")).post(BASE).then().statusCode(400);
        Api.anonymous().body("{\"email\": ").post(BASE).then().statusCode(400).contentType("application/problem+json");
        Api.anonymous().body(Map.of("token", "")).post(BASE + "/confirmations").then().statusCode(400);
        Api.anonymous().body(Map.of("token", "x".repeat(101))).post(BASE + "/confirmations").then().statusCode(400);
        Api.anonymous().body(Map.of()).post(BASE + "/unsubscriptions").then().statusCode(400);
    }

    @Test
    void theOfficeSeesCountsAndOnlyTheAdminExports() {
        String email = address("xuat danh sach");
        confirmed(email);
        for (String who : List.of("staff", "admin")) {
            Api.as(who).get(BASE + "/statistics").then().statusCode(200).body("confirmed", greaterThanOrEqualTo(1))
                    .body("pending", greaterThanOrEqualTo(0)).body("unsubscribed", greaterThanOrEqualTo(0));
        }
        for (String who : List.of("officer", "officer2", "expert", "partner")) {
            Api.as(who).get(BASE + "/statistics").then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", Tokens.bearer(who)).get(BASE + "/export").then().statusCode(403);
        }
        Api.anonymous().get(BASE + "/statistics").then().statusCode(401);
        given().get(BASE + "/export").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("staff")).get(BASE + "/export").then().statusCode(403);

        String csv = given().header("Authorization", Tokens.bearer("admin")).get(BASE + "/export").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF\"email\",\"language\",\"confirmedAt\"\r\n"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.contains("\"" + email + "\",\"vi\""), "confirmed address listed");
        // a pending address is not a subscriber
        String pending = address("chua xac nhan");
        subscribe(pending).then().statusCode(202);
        String again = given().header("Authorization", Tokens.bearer("admin")).get(BASE + "/export").then().statusCode(200).extract().asString();
        assertFalse(again.contains(pending));
    }

    @Test
    void aPublishedIssueIsQueuedOnceForEachConfirmedSubscriberInBatches() {
        List<String> subscribers = List.of(address("doc gia mot"), address("doc gia hai"), address("doc gia ba"));
        subscribers.forEach(this::confirmed);
        String left = address("da roi");
        Api.anonymous().body(Map.of("token", confirmed(left))).post(BASE + "/unsubscriptions").then().statusCode(200);
        String pending = address("dang cho");
        subscribe(pending).then().statusCode(202);

        String article = BulletinFixtures.article(Api.unique("Cây cam Vinh và kỹ thuật ghép mắt"));
        String title = Api.unique("Tập san chuyên đề Nông nghiệp công nghệ cao");
        String issue = BulletinFixtures.published(title, List.of(article));
        // the scheduler takes it within a second; running the mailing ourselves as well must not double anything
        mailing.runUntilDone();
        mailing.runUntilDone();
        long until = System.currentTimeMillis() + 20_000;
        while (!subscribers.stream().allMatch(s -> !Outbox.to(ds, "bulletin-issue-published", s).isEmpty()) && System.currentTimeMillis() < until) {
            mailing.runUntilDone();
        }
        for (String s : subscribers) {
            List<Outbox.Row> rows = Outbox.to(ds, "bulletin-issue-published", s).stream().filter(r -> r.occurrenceKey().equals("bulletin-issue:" + issue)).toList();
            assertEquals(1, rows.size(), s);
            assertTrue(rows.get(0).title().contains(title), rows.get(0).title());
            assertEquals("/bulletins/" + issue, rows.get(0).link());
            assertTrue(rows.get(0).data().contains("Cây cam Vinh và kỹ thuật ghép mắt"), "table of contents");
            assertTrue(rows.get(0).data().contains("/bulletin-subscription/unsubscribe?token={secret:"), "the subscription's own unsubscribe link");
            var mail = Mails.one(s, title);
            Mails.check(mail, "Tập san số", "/bulletins/" + issue);
            String body = Mails.text(mail);
            assertTrue(body.contains("Cây cam Vinh và kỹ thuật ghép mắt"), body);
            assertTrue(body.contains("/bulletin-subscription/unsubscribe?token="), body);
        }
        assertTrue(Outbox.to(ds, "bulletin-issue-published", left).isEmpty());
        assertTrue(Outbox.to(ds, "bulletin-issue-published", pending).isEmpty());
    }
    /** What the database holds of a secret: nothing but its SHA-256. */
    private boolean stored(String text) {
        try (var c = ds.getConnection(); var st = c.prepareStatement("""
                SELECT (SELECT count(*) FROM notification WHERE link LIKE '%' || ? || '%' OR data::text LIKE '%' || ? || '%')
                     + (SELECT count(*) FROM bulletin_subscription WHERE ? IN (confirm_token_hash, unsubscribe_token_hash, link_nonce, email_key))""")) {
            st.setString(1, text);
            st.setString(2, text);
            st.setString(3, text);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theDatabaseHoldsOnlyHashesOfTheLinksSecretsAndTheLinksWork() throws Exception {
        String email = address("bi mat");
        subscribe(email).then().statusCode(202);
        String[] links = lastLinks(email);
        // neither the outbox (link, data) nor the subscription holds a secret; the subscription holds their hashes
        assertFalse(stored(links[0]), "the confirmation secret is in the database");
        assertFalse(stored(links[1]), "the unsubscribe secret is in the database");
        assertTrue(stored(sha256(links[0])));
        assertTrue(stored(sha256(links[1])));
        // the office's view of the delivery shows the stand-in, not the secret
        String delivery = Api.as("staff").queryParam("size", "100").get("/api/v1/notification-deliveries").then().statusCode(200).extract().asString();
        assertFalse(delivery.contains(links[0]));
        // someone who read the database and tries its values as links gets nowhere
        String nonce = lastRowValue(email, "link_nonce");
        Api.anonymous().body(Map.of("token", sha256(links[0]))).post(BASE + "/confirmations").then().statusCode(404);
        Api.anonymous().body(Map.of("token", nonce)).post(BASE + "/confirmations").then().statusCode(404);
        Api.anonymous().body(Map.of("token", sha256(links[1]))).post(BASE + "/unsubscriptions").then().statusCode(404);
        // the mailed links work
        Api.anonymous().body(Map.of("token", links[0])).post(BASE + "/confirmations").then().statusCode(200).body("status", equalTo("confirmed"));
        Api.anonymous().body(Map.of("token", links[1])).post(BASE + "/unsubscriptions").then().statusCode(200)
                .body("status", equalTo("unsubscribed"));
        assertEquals("unsubscribed", lastRowValue(email, "status"));
    }

    private String lastRowValue(String email, String column) {
        try (var c = ds.getConnection(); var st = c.prepareStatement("SELECT " + column + " FROM bulletin_subscription WHERE email_key = ?")) {
            st.setString(1, email.toLowerCase());
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> counts() {
        var stats = Api.as("staff").get(BASE + "/statistics").then().statusCode(200).extract().jsonPath();
        return Map.of("pending", stats.getInt("pending"), "confirmed", stats.getInt("confirmed"), "unsubscribed", stats.getInt("unsubscribed"));
    }

    @Test
    void theOneClickUnsubscribeOfAnIssuesMailEndsTheSubscription() throws Exception {
        String email = address("mot cu nhap");
        confirmed(email);
        String title = Api.unique("Tập san chuyên đề Chuyển đổi số");
        String issue = BulletinFixtures.published(title, List.of(BulletinFixtures.article(Api.unique("Nông nghiệp số ở Nghệ An"))));
        long until = System.currentTimeMillis() + 30_000;
        while (Outbox.to(ds, "bulletin-issue-published", email).stream().noneMatch(r -> r.occurrenceKey().equals("bulletin-issue:" + issue))
                && System.currentTimeMillis() < until) {
            mailing.runUntilDone();
        }
        MimeMessage mail = Mails.one(email, title);
        Map<String, Integer> before = counts();
        // the List-Unsubscribe header of the issue's mail (RFC 8058), POSTed as a mail program does
        String header = mail.getHeader("List-Unsubscribe")[0];
        Matcher url = Pattern.compile("<https?://[^/]+(/api/v1/notification-unsubscriptions/[0-9a-f]+)>").matcher(header);
        assertTrue(url.matches(), header);
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(url.group(1)).then().statusCode(200);
        assertEquals("unsubscribed", lastRowValue(email, "status"));
        Map<String, Integer> after = counts();
        assertEquals(before.get("confirmed") - 1, after.get("confirmed"));
        assertEquals(before.get("unsubscribed") + 1, after.get("unsubscribed"));
        assertFalse(given().header("Authorization", Tokens.bearer("admin")).get(BASE + "/export").then().statusCode(200).extract().asString()
                .contains(email));
        // repeating it changes nothing
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(url.group(1)).then().statusCode(200);
        assertEquals(after, counts());

        // the owner comes back: a new confirmation, and the issues' mails are theirs again (the opt-out is lifted)
        subscribe(email).then().statusCode(202);
        Api.anonymous().body(Map.of("token", lastLinks(email)[0])).post(BASE + "/confirmations").then().statusCode(200);
        assertEquals("confirmed", lastRowValue(email, "status"));
        try (var c = ds.getConnection(); var st = c.prepareStatement("SELECT count(*) FROM notification_address_optout WHERE email = ? AND kind = ?")) {
            st.setString(1, email.toLowerCase());
            st.setString(2, "bulletin-issue-published");
            try (var rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
