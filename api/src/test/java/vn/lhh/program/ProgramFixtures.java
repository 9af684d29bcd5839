package vn.lhh.program;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import vn.lhh.testsupport.Tokens;

/** Programs for the tests: the seed document, or a variant of it under another number so that tests do not share state. */
final class ProgramFixtures {
    private ProgramFixtures() {
    }

    static String seed() {
        try {
            return ProgramDocumentParserTest.seed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed with its own document number: a separate program. */
    static String variant() {
        return seed().replace("Số: 106/CTr-LHH", "Số: " + UUID.randomUUID().toString().substring(0, 8) + "/CTr-LHH");
    }

    static String preview(String who, String document) {
        return given().header("Authorization", Tokens.bearer(who)).contentType("text/plain; charset=UTF-8").body(document)
                .post("/api/v1/program-imports").then().statusCode(201).extract().path("id");
    }

    /** Imports a document as staff and returns the program id. */
    static String importProgram(String document) {
        String importId = preview("staff", document);
        return given().header("Authorization", Tokens.bearer("staff")).post("/api/v1/program-imports/" + importId + "/commit")
                .then().extract().path("programId");
    }
}
