package vn.lhh.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Request builders for the tests: as anonymous, or as a demo user with a real token. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification as(String who) {
        return anonymous().header("Authorization", Tokens.bearer(who));
    }

    /** Unique text for records a test creates, so tests never collide. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
