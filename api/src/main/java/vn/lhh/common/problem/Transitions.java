package vn.lhh.common.problem;

import java.util.Set;
import java.util.stream.Collectors;

/** The one refusal of a workflow move: 409 naming where the record is, where it was asked to go, and the moves it allows. */
public final class Transitions {
    private Transitions() {
    }

    /** Refuses {@code to} unless {@code allowed} (the moves from {@code from}) holds it; the allowed moves in their workflow order, "—" for none. */
    public static <S extends Enum<S>> void requireAllowed(String detailKey, S from, S to, Set<S> allowed) {
        if (!allowed.contains(to)) {
            throw ProblemException.conflict(detailKey, from.name(), to.name(),
                    allowed.isEmpty() ? "—" : allowed.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
