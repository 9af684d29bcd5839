package vn.lhh.common.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.OfficeFiles;
import vn.lhh.testsupport.SecondInstance;

/**
 * The packaged application carries its fonts and templates, and a production instance started from
 * it (prod profile, its own process, no font configured anywhere) writes PDFs whose only fonts are
 * the embedded DejaVu Serif subsets.
 */
@QuarkusTest
class DocumentsInProductionTest {

    @Test
    void thePackagedAppHasTheFontsTheirLicenceAndTheTemplates() throws IOException {
        Path app = Path.of("target/quarkus-app/app");
        List<Path> jars;
        try (Stream<Path> s = Files.list(app)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        assertTrue(!jars.isEmpty(), "no application jar in " + app.toAbsolutePath());
        boolean found = false;
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.getEntry("fonts/dejavu/DejaVuSerif.ttf") != null) {
                    found = true;
                    for (String entry : List.of("fonts/dejavu/DejaVuSerif-Bold.ttf", "fonts/dejavu/DejaVuSerif-Italic.ttf",
                            "fonts/dejavu/DejaVuSerif-BoldItalic.ttf", "fonts/dejavu/LICENSE", "templates/documents/administrative.html",
                            "templates/documents/certificates.html")) {
                        assertTrue(zip.getEntry(entry) != null, entry + " in " + jar);
                    }
                }
            }
        }
        assertTrue(found, "the font in one of " + jars);
    }

    @Test
    void aProductionInstanceWritesAPdfWithOnlyEmbeddedFonts() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("direction", "outgoing");
        body.put("type", "plan");
        body.put("documentDate", "2026-01-07");
        body.put("subject", "Kế hoạch tổ chức Hội nghị trí thức tiêu biểu năm 2026");
        body.put("signer", "Nguyễn Văn Hùng");
        String id = Api.as("staff").body(body).post("/api/v1/official-documents").then().statusCode(201).extract().path("id");
        try (SecondInstance prod = SecondInstance.startOn("documents-prod", SecondInstance.testDatabase(), Map.of("java.awt.headless", "true"))) {
            byte[] pdf = prod.as("staff").queryParam("format", "pdf").get("/api/v1/official-documents/" + id + "/printout").then()
                    .statusCode(200).contentType("application/pdf").extract().asByteArray();
            OfficeFiles.Pdf read = OfficeFiles.pdf(pdf);
            String text = Normalizer.normalize(read.text(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertTrue(text.contains("Kế hoạch tổ chức Hội nghị trí thức tiêu biểu năm 2026") && text.contains("ngày 07 tháng 01 năm 2026")
                    && text.contains("KẾ HOẠCH"), text);
            assertTrue(read.allFontsEmbedded() && read.fonts().stream().allMatch(f -> f.contains("DejaVuSerif")), read.fonts().toString());
        }
    }
}
