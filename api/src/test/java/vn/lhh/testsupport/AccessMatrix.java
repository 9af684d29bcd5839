package vn.lhh.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A route-by-caller table of expected statuses, run with real tokens: anonymous, every role, the
 * second officer and expert (of another association / not involved). Each cell is a test of its own.
 */
public final class AccessMatrix<S> {
    public static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "officer", "officer2", "expert", "expert2", "partner");

    /** The call to make as an actor, in a scene built once for the whole table. */
    public interface Call<S> {
        Response call(RequestSpecification as, S scene);
    }

    private record Row<S>(String name, Call<S> call, int[] expected) {
    }

    private final List<String> actors;
    private final Supplier<S> scene;
    private final List<Row<S>> rows = new ArrayList<>();
    private S built;

    public AccessMatrix(Supplier<S> scene) {
        this(ACTORS, scene);
    }

    /** A table over other callers than {@link #ACTORS} (a feature with roles of its own, e.g. contest coordinators and judges). */
    public AccessMatrix(List<String> actors, Supplier<S> scene) {
        this.actors = List.copyOf(actors);
        this.scene = scene;
    }

    /** Expected statuses in the order of the actors (by default {@link #ACTORS}). */
    public AccessMatrix<S> row(String name, Call<S> call, int... expected) {
        if (expected.length != actors.size()) {
            throw new IllegalArgumentException(name + ": one status per actor");
        }
        rows.add(new Row<>(name, call, expected));
        return this;
    }

    public static RequestSpecification as(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private synchronized S scene() {
        if (built == null) {
            built = scene.get();
        }
        return built;
    }

    public Stream<DynamicTest> tests() {
        return rows.stream().flatMap(r -> {
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < actors.size(); i++) {
                expected.put(actors.get(i), r.expected()[i]);
            }
            Function<String, DynamicTest> cell = actor -> DynamicTest.dynamicTest(r.name() + " as " + actor, () -> {
                Response res = r.call().call(as(actor), scene());
                assertEquals(expected.get(actor), res.statusCode(), r.name() + " as " + actor + ": " + res.asString());
                if (res.statusCode() >= 400) {
                    assertEquals("application/problem+json", res.contentType().split(";")[0], r.name() + " as " + actor);
                }
            });
            return actors.stream().map(cell);
        });
    }
}
