package vn.lhh.deploy;

import java.nio.file.Path;

/** Where the manifests are, from the Surefire system properties (or the working directory). */
final class Paths {
    static final Path KUBERNETES = Path.of(System.getProperty("lhh.kubernetes.dir", ".")).toAbsolutePath().normalize();
    static final Path REPO = Path.of(System.getProperty("lhh.repo.dir", "../..")).toAbsolutePath().normalize();
    static final Path BASE = KUBERNETES.resolve("base");
    static final Path PRODUCTION = KUBERNETES.resolve("overlays/production");
    static final Path CRDS = KUBERNETES.resolve("schemas/crds");
    static final Path BROKEN = KUBERNETES.resolve("src/test/resources/broken");

    private static Schemas schemas;

    private Paths() {
    }

    /** Loaded once per test JVM (a second or two). */
    static synchronized Schemas schemas() {
        if (schemas == null) {
            schemas = Schemas.load(CRDS);
        }
        return schemas;
    }
}
