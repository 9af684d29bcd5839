package vn.lhh.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.lhh.common.ratelimit.PartnerLimits;
import vn.lhh.testsupport.Api;

/**
 * The rate limit headers on this test run's own instance, whose limits are too high to reach (the
 * 429s and the sharing between instances are in TwoInstancesTest): anonymous and partner callers
 * see their counters, signed-in people and the health endpoints none.
 */
@QuarkusTest
class RateLimitTest {
    @Inject
    PartnerLimits partnerLimits;

    @Test
    void anonymousCallersSeeTheirCounterGoDown() {
        Response first = Api.anonymous().get("/api/v1/associations");
        Response second = Api.anonymous().get("/api/v1/associations");
        assertEquals(200, first.statusCode());
        assertEquals("1000000", first.header("RateLimit-Limit"));
        int reset = Integer.parseInt(first.header("RateLimit-Reset"));
        assertTrue(reset >= 1 && reset <= 60, "reset " + reset);
        int before = Integer.parseInt(first.header("RateLimit-Remaining"));
        int after = Integer.parseInt(second.header("RateLimit-Remaining"));
        // other tests may run requests in between, never fewer than one
        assertTrue(after < before || Integer.parseInt(second.header("RateLimit-Reset")) > reset, before + " then " + after);
    }

    /**
     * Issue #22: production trusted X-Forwarded-For from anyone, so an anonymous caller escaped the limit by sending a
     * new address with every request. Forwarding is on here as in production; the tests' peer is not a trusted proxy.
     */
    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerDoesNotChangeTheKey() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        assertTrue(config.getValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class), "forwarding as in production");
        assertTrue(config.getValue("quarkus.http.proxy.allow-x-forwarded", Boolean.class), "X-Forwarded-* as in production");
        int before = -1;
        int beforeReset = -1;
        for (String spoofed : new String[] {"203.0.113.7", "198.51.100.23", "192.0.2.200, 203.0.113.9"}) {
            Response r = Api.anonymous().header("X-Forwarded-For", spoofed).header("Forwarded", "for=" + spoofed.split(",")[0])
                    .get("/api/v1/associations?size=1");
            assertEquals(200, r.statusCode());
            int remaining = Integer.parseInt(r.header("RateLimit-Remaining"));
            int reset = Integer.parseInt(r.header("RateLimit-Reset"));
            // one key: the counter goes down (unless a new minute began); a fresh key per spoofed address would start
            // again at the limit minus one every time
            assertTrue(before < 0 || remaining < before || reset > beforeReset, spoofed + ": " + before + " then " + remaining);
            before = remaining;
            beforeReset = reset;
        }
    }

    @Test
    void errorsOfLimitedCallersCarryTheHeadersToo() {
        Api.anonymous().get("/api/v1/associations/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .header("RateLimit-Limit", equalTo("1000000"));
    }

    /** The demo partner client has its own limit in this profile (lhh.rate-limit.partner.overrides.partner-demo=999999). */
    @Test
    void partnerTokensAreCountedPerClientAtTheirOwnLimit() {
        Api.as("partner").get("/api/v1/bulletins").then().statusCode(200).header("RateLimit-Limit", equalTo("999999"));
        assertEquals(999_999, partnerLimits.perMinute("partner-demo"));
        // a partner client without an override has the default
        assertEquals(1_000_000, partnerLimits.perMinute("partner-without-override"));
    }

    @Test
    void signedInPeopleAndHealthChecksAreNotLimited() {
        for (String who : new String[] {"staff", "admin", "officer", "expert"}) {
            Api.as(who).get("/api/v1/associations").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
        RestAssured.given().get("/q/health/ready").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }

    @Test
    void browsersMayReadTheHeaders() {
        Api.anonymous().header("Origin", "http://localhost:5173").get("/api/v1/associations").then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }
}
