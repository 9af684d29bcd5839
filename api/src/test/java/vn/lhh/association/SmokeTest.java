package vn.lhh.association;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;

@QuarkusTest
class SmokeTest {
    @Test
    void createAndRead() {
        String id = Api.as("staff").body("{\"name\":\"" + Api.unique("Hội Y học") + "\",\"field\":\"Y tế\"}")
                .post("/api/v1/associations").then().log().ifValidationFails().statusCode(201)
                .header("ETag", notNullValue()).extract().path("id");
        Api.anonymous().get("/api/v1/associations/" + id).then().log().all().statusCode(200).body("status", equalTo("active"));
        Api.anonymous().queryParam("q", "hoi y hoc").get("/api/v1/associations").then().log().all().statusCode(200);
        Api.anonymous().get("/api/v1/nothing").then().log().all().statusCode(404);
        Api.anonymous().body("{bad").post("/api/v1/associations").then().log().all().statusCode(401);
        Api.as("staff").body("{bad").post("/api/v1/associations").then().log().all().statusCode(400);
        Api.as("staff").body("{\"name\":\"\",\"field\":\"x\",\"foo\":1}").post("/api/v1/associations").then().log().all().statusCode(400);
        Api.as("staff").body("{\"name\":\"\",\"field\":\"x\"}").post("/api/v1/associations").then().log().all().statusCode(400);
        Api.as("officer").body("{\"name\":\"x\",\"field\":\"x\"}").post("/api/v1/associations").then().log().all().statusCode(403);
        Api.anonymous().get("/q/openapi").then().log().all();
    }
}
