package vn.lhh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The contract against the last released one (openapi/released/openapi-&lt;version&gt;.yaml), with openapi-diff:
 * a breaking change fails the build unless the major version changed. Semantic versioning lets 0.x releases
 * break (initial development), so below 1.0.0 the breaking changes are only reported in the test's output;
 * CHANGELOG.md says so. Releasing: set the Maven version, regenerate the contract, copy it to
 * openapi/released/openapi-&lt;version&gt;.yaml and write its CHANGELOG.md entry.
 */
class OpenApiCompatibilityTest {
    private static final Path CURRENT = Path.of(System.getProperty("lhh.openapi.file", "../openapi/openapi.yaml"));
    private static final Path RELEASED = Path.of(System.getProperty("lhh.openapi.released.dir", "../openapi/released"));
    private static final Pattern RELEASED_FILE = Pattern.compile("openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml");
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^info:(?:\\n .*)*?\\n  version: \"?([^\"\\n]+)\"?$");

    record Version(int major, int minor, int patch, String text) implements Comparable<Version> {
        static Version parse(String text) {
            Matcher m = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+).*").matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a semantic version: " + text);
            }
            return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), text);
        }

        @Override
        public int compareTo(Version o) {
            return Comparator.comparingInt(Version::major).thenComparingInt(Version::minor).thenComparingInt(Version::patch).compare(this, o);
        }
    }

    /** Why the comparison fails, or null when the new contract may be released as {@code current}. */
    static String verdict(ChangedOpenApi diff, Version released, Version current) {
        if (!diff.isIncompatible()) {
            return null;
        }
        if (current.major() < 1) {
            return null; // 0.x: initial development, breaking allowed (reported by the caller)
        }
        if (current.major() > released.major()) {
            return null;
        }
        return "breaking changes against the released contract " + released.text() + " need a new major version (now "
                + current.text() + "): keep the old behaviour beside the new, or release " + (released.major() + 1) + ".0.0";
    }

    /** The newest released contract other than the current release itself. */
    static Path baseline(Version current) throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.filter(f -> RELEASED_FILE.matcher(f.getFileName().toString()).matches())
                    .filter(f -> !versionOf(f).text().equals(current.text()))
                    .max(Comparator.comparing(OpenApiCompatibilityTest::versionOf)).orElse(null);
        }
    }

    private static Version versionOf(Path releasedFile) {
        Matcher m = RELEASED_FILE.matcher(releasedFile.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(releasedFile.toString());
        }
        return Version.parse(m.group(1) + "." + m.group(2) + "." + m.group(3));
    }

    static String infoVersion(String spec) {
        Matcher m = VERSION_LINE.matcher(spec);
        assertTrue(m.find(), "no info.version in the contract");
        return m.group(1);
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theContractBreaksNothingReleasedUnlessTheMajorVersionChanges() throws IOException {
        String current = Files.readString(CURRENT, StandardCharsets.UTF_8);
        Version currentVersion = Version.parse(infoVersion(current));
        Path baseline = baseline(currentVersion);
        assertNotNull(baseline, "no released contract in " + RELEASED + " to compare with");
        Version releasedVersion = versionOf(baseline);
        assertEquals(releasedVersion.text(), infoVersion(Files.readString(baseline, StandardCharsets.UTF_8)),
                baseline + " is not the contract of the release its name says");
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(baseline, StandardCharsets.UTF_8), current);
        System.out.printf("Contract %s against the released %s: %s%n", currentVersion.text(), releasedVersion.text(),
                diff.isUnchanged() ? "unchanged" : diff.isIncompatible() ? "BREAKING changes" : "compatible changes");
        if (diff.isIncompatible()) {
            System.out.println(markdown(diff));
        } else if (!diff.isUnchanged()) {
            System.out.printf("%d new operations, %d changed operations, none removed%n",
                    diff.getNewEndpoints().size(), diff.getChangedOperations().size());
        }
        if (diff.isIncompatible() && currentVersion.major() < 1) {
            System.out.println("Breaking changes are allowed below 1.0.0 (semantic versioning's initial development): list them in CHANGELOG.md.");
        }
        String verdict = verdict(diff, releasedVersion, currentVersion);
        assertNull(verdict, () -> verdict + "\n" + markdown(diff));
    }

    private static final String SMALL = """
            openapi: 3.1.0
            info: {title: t, version: 1.2.0}
            paths:
              /api/v1/me:
                get:
                  operationId: getMe
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema: {type: object, properties: {username: {type: string}}}
              /api/v1/associations:
                get:
                  operationId: listAssociations
                  responses:
                    "200": {description: OK}
            """;

    /** The rule itself, on a breaking change made on purpose (a small contract keeps it fast): an operation removed. */
    @Test
    void aRemovedOperationIsBreakingAndNeedsANewMajorVersionFrom1_0_0On() {
        String withoutMe = SMALL.replaceFirst("(?s)  /api/v1/me:.*?(?=  /api/v1/associations:)", "");
        assertFalse(withoutMe.equals(SMALL));
        ChangedOpenApi diff = OpenApiCompare.fromContents(SMALL, withoutMe);
        assertTrue(diff.isIncompatible(), "removing an operation is breaking");
        assertEquals(1, diff.getMissingEndpoints().size());
        assertNotNull(verdict(diff, Version.parse("1.2.0"), Version.parse("1.3.0")), "1.2.0 → 1.3.0 may not break");
        assertNull(verdict(diff, Version.parse("1.2.0"), Version.parse("2.0.0")), "2.0.0 may break");
        assertNull(verdict(diff, Version.parse("0.1.0"), Version.parse("0.2.0-SNAPSHOT")), "0.x may break");
        ChangedOpenApi added = OpenApiCompare.fromContents(withoutMe, SMALL);
        assertFalse(added.isIncompatible(), "adding an operation is compatible");
        assertNull(verdict(added, Version.parse("1.2.0"), Version.parse("1.2.1")));
    }
}
