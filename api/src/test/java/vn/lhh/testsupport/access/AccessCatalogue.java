package vn.lhh.testsupport.access;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The authorization matrix, complete by construction: every operationId of {@code openapi/openapi.yaml}
 * must be declared here, with its expected outcome for every actor of {@link Actors#ALL}, or
 * {@code OperationAccessMatrixTest} fails (so does a declaration whose operationId is not in the spec).
 *
 * <p>How to add a feature's operations (one class, nothing to register):
 * <pre>{@code
 * public class NewsOperationAccess implements OperationAccess {       // test sources, e.g. vn.lhh.news
 *     record Scene(String published, String draft) {}                 // the objects the calls need
 *     public void declare(AccessCatalogue c) {
 *         c.feature("news", () -> new Scene(NewsFixtures.published(), NewsFixtures.draft()))  // built once, lazily
 *          .op("listNews", (as, s) -> as.get("/api/v1/news"), Expect.everyone())
 *          .op("getNews", "draft", (as, s) -> as.get("/api/v1/news/" + s.draft()),
 *                  Expect.office().but(Outcome.HIDDEN, "anonymous", "officer", "expert" ...))
 *          .op("replaceNews", (as, s) -> as.header("If-Match", AccessCatalogue.STALE).body(...).put(...), Expect.office());
 *     }
 * }
 * }</pre>
 * Rules: the class name ends with {@code OperationAccess}, is public with a no-argument constructor, and lives
 * in the test sources under {@code vn.lhh} (found by a class-path scan). {@code as} is a request already
 * authenticated as the cell's actor (JSON content type); the scene is shared by all cells of the feature, so
 * a call must not break it for the next cells: send writes stale ({@link #STALE} If-Match → 412) or with an
 * invalid body (400/422), which {@link Outcome#ALLOW} accepts, or create a fresh object inside the call
 * (DELETE, transitions). Cells run in declaration order, actors in the order of {@link Actors#ALL}.
 * Object-level (BOLA) cases: make the scene's objects belong to "officer", "expert", "coordinator", "judge",
 * and expect {@link Outcome#FORBIDDEN} or {@link Outcome#HIDDEN} for "officer2", "expert2", "coordinator2".
 * Several declarations of one operation are allowed: give each a case name. A scene that changes shared
 * records (a webhook on the demo partner) undoes it in {@link Feature#cleanup}, run after all cells.
 * Every status ≥ 400 must be application/problem+json; no outcome accepts a 5xx.
 * Run: {@code ./mvnw -B -o -pl api test -Dtest=OperationAccessMatrixTest -Dlhh.access.features=news}
 * (the feature filter is optional; the completeness checks always run).
 */
public final class AccessCatalogue {
    /** An If-Match that is never current: an allowed caller gets 412 and nothing changes. */
    public static final String STALE = "\"999999\"";

    /** The call of one cell, made as the cell's actor. */
    @FunctionalInterface
    public interface Call<S> {
        Response call(RequestSpecification as, S scene);
    }

    /** One declared case of one operation. */
    public record Declaration(String operationId, String caseName, String feature, Call<Object> call, Supplier<Object> scene, Expect expect) {
        public String name() {
            return operationId + (caseName == null ? "" : " [" + caseName + "]");
        }
    }

    /** One feature's declarations over one lazily built scene. */
    public final class Feature<S> {
        private final String name;
        private final Supplier<Object> scene;
        private Object built;
        private Throwable failed;
        private Consumer<S> cleanup;

        private Feature(String name, Supplier<S> builder) {
            this.name = name;
            this.scene = () -> {
                synchronized (this) {
                    if (failed != null) {
                        throw new IllegalStateException("the scene of " + name + " could not be built", failed);
                    }
                    if (built == null) {
                        try {
                            built = builder.get();
                        } catch (RuntimeException | AssertionError e) {
                            failed = e; // once: every later cell of the feature fails fast instead of rebuilding
                            throw e;
                        }
                    }
                    return built;
                }
            };
            features.add(this);
        }

        public String name() {
            return name;
        }

        /** Undoes what the scene changed outside itself (e.g. a webhook on a shared record); runs after every cell, if the scene was built. */
        public Feature<S> cleanup(Consumer<S> undo) {
            this.cleanup = undo;
            return this;
        }

        /** Runs the cleanup when the scene was built. */
        @SuppressWarnings("unchecked")
        public synchronized void cleanUp() {
            if (built != null && cleanup != null) {
                cleanup.accept((S) built);
            }
        }

        public Feature<S> op(String operationId, Call<S> call, Expect expect) {
            return op(operationId, null, call, expect);
        }

        @SuppressWarnings("unchecked")
        public Feature<S> op(String operationId, String caseName, Call<S> call, Expect expect) {
            declarations.add(new Declaration(operationId, caseName, name, (as, s) -> call.call(as, (S) s), scene, expect));
            return this;
        }
    }

    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Feature<?>> features = new ArrayList<>();

    /** A group of declarations sharing a scene (built once, on its first cell). */
    public <S> Feature<S> feature(String name, Supplier<S> scene) {
        return new Feature<>(name, scene);
    }

    public List<Declaration> declarations() {
        return Collections.unmodifiableList(declarations);
    }

    public List<Feature<?>> features() {
        return Collections.unmodifiableList(features);
    }

    /** Every {@link OperationAccess} of the test class path, sorted by class name, declared into one catalogue. */
    public static AccessCatalogue discover() {
        AccessCatalogue catalogue = new AccessCatalogue();
        for (String className : scan()) {
            try {
                Class<?> type = Class.forName(className, true, AccessCatalogue.class.getClassLoader());
                if (OperationAccess.class.isAssignableFrom(type) && !type.isInterface()) {
                    ((OperationAccess) type.getDeclaredConstructor().newInstance()).declare(catalogue);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate " + className + " (public, no-argument constructor?)", e);
            }
        }
        return catalogue;
    }

    private static TreeSet<String> scan() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = AccessCatalogue.class.getClassLoader().getResources("vn/lhh");
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (!root.getProtocol().equals("file")) {
                    continue;
                }
                Path base = Path.of(root.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                    files.map(p -> base.relativize(p).toString())
                            .filter(p -> p.endsWith("OperationAccess.class"))
                            .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                            .filter(n -> !n.equals(OperationAccess.class.getName()))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
