package vn.lhh.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.lhh.partner.service.Backoff;
import vn.lhh.partner.service.Outbound;
import vn.lhh.partner.service.WebhookSignature;

/** The parts of webhooks that need no server: signing and verifying, backoff, and which addresses the SSRF guard refuses. */
class WebhookMechanicsTest {

    @Test
    void signatureMatchesTheStandardWebhooksTestVector() {
        // the published example of the Standard Webhooks specification
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void verificationAcceptsTheVectorAndRefusesTamperingAndStaleTimestamps() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        String body = "{\"test\": 2432232314}";
        String sig = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        Instant signedAt = Instant.ofEpochSecond(1614265330L);
        Duration fiveMinutes = Duration.ofMinutes(5);
        assertTrue(WebhookSignature.verify(secret, id, "1614265330", body, sig, signedAt.plusSeconds(10), fiveMinutes));
        // during a rotation several signatures are sent, separated by spaces
        assertTrue(WebhookSignature.verify(secret, id, "1614265330", body, "v1,bm90IGl0 " + sig, signedAt, fiveMinutes));
        assertFalse(WebhookSignature.verify(secret, id, "1614265330", body.replace("4}", "5}"), sig, signedAt, fiveMinutes));
        assertFalse(WebhookSignature.verify(secret, "msg_other", "1614265330", body, sig, signedAt, fiveMinutes));
        assertFalse(WebhookSignature.verify(secret, id, "1614265330", body, sig, signedAt.plus(Duration.ofMinutes(6)), fiveMinutes));
        assertFalse(WebhookSignature.verify(WebhookSignature.newSecret(), id, "1614265330", body, sig, signedAt, fiveMinutes));
        assertFalse(WebhookSignature.verify(secret, id, "16142x5330", body, sig, signedAt, fiveMinutes));
        assertFalse(WebhookSignature.verify(secret, id, null, body, sig, signedAt, fiveMinutes));
        assertTrue(WebhookSignature.isSecret(secret) && !WebhookSignature.isSecret("whsec_c2hvcnQ=") && !WebhookSignature.isSecret("secret"));
    }

    @Test
    void secretsAreRandomThirtyTwoByteKeys() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length);
        assertNotEquals(a, b);
    }

    @Test
    void backoffDoublesUpToTheCapAndStopsAtTheLimit() {
        Backoff b = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 8);
        assertEquals(Duration.ofSeconds(30), b.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), b.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), b.delayAfter(3));
        assertEquals(Duration.ofSeconds(240), b.delayAfter(4));
        assertEquals(Duration.ofMinutes(5), b.delayAfter(5));
        assertEquals(Duration.ofMinutes(5), b.delayAfter(500));
        assertTrue(!b.exhausted(7) && b.exhausted(8));
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutCredentialsAreAccepted() {
        assertNotNull(Outbound.parse("https://lhh.hatinh.example.vn/hooks/lhh?x=1"));
        assertNotNull(Outbound.parse("http://localhost:8080/hook"));
        assertNull(Outbound.parse("ftp://lhh.example.vn/"));
        assertNull(Outbound.parse("not a url"));
        assertNull(Outbound.parse("/relative/path"));
        assertNull(Outbound.parse("http://user:pw@lhh.example.vn/"));
        assertNull(Outbound.parse("javascript:alert(1)"));
        assertNull(Outbound.parse("https://" + "a".repeat(2000) + ".vn/"));
    }

    @Test
    void internalAddressesAreRefused() {
        for (String host : new String[] {"127.0.0.1", "localhost", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "[::1]", "[fd00::1]", "[fe80::1]", "[::ffff:127.0.0.1]"}) {
            assertNotNull(Outbound.internalAddress(host), host + " must be refused");
        }
        // literal public addresses: no DNS needed
        for (String host : new String[] {"1.1.1.1", "203.113.131.1", "[2001:4860:4860::8888]"}) {
            assertNull(Outbound.internalAddress(host), host + " must be allowed");
        }
    }
}
