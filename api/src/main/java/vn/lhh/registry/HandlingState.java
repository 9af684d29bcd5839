package vn.lhh.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the handling of an incoming document stands: received → assigned (by the assignment) →
 * in_progress → done; filed without action (with a reason) from any open state.
 */
public enum HandlingState {
    received, assigned, in_progress, done, filed;

    /** Not finished: these can be overdue once assigned. */
    public static final Set<HandlingState> OPEN = EnumSet.of(received, assigned, in_progress);

    /** The moves from this state; "assigned" is reached only by writing the assignment. */
    public Set<HandlingState> next() {
        return switch (this) {
            case received -> EnumSet.of(assigned, filed);
            case assigned -> EnumSet.of(in_progress, filed);
            case in_progress -> EnumSet.of(done, filed);
            case done, filed -> EnumSet.noneOf(HandlingState.class);
        };
    }

    /** Handlers are at work: reports, attachments and the answer may be written. */
    public boolean handling() {
        return this == assigned || this == in_progress;
    }
}
