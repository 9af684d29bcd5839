package vn.lhh.consultation;

import java.util.EnumSet;
import java.util.Set;

/** received → experts_assigned → opinions_collected → response_sent → closed; cancelled (with a reason) before the response is sent. */
public enum ConsultationStatus {
    received, experts_assigned, opinions_collected, response_sent, closed, cancelled;

    /** Still waiting for the union's response: these can be overdue. */
    public static final Set<ConsultationStatus> OPEN = EnumSet.of(received, experts_assigned, opinions_collected);

    /** The moves the transition endpoint accepts from this status (response_sent has its own action). */
    public Set<ConsultationStatus> next() {
        return switch (this) {
            case received -> EnumSet.of(experts_assigned, cancelled);
            case experts_assigned -> EnumSet.of(opinions_collected, cancelled);
            case opinions_collected -> EnumSet.of(experts_assigned, response_sent, cancelled);
            case response_sent -> EnumSet.of(closed);
            case closed, cancelled -> EnumSet.noneOf(ConsultationStatus.class);
        };
    }
}
