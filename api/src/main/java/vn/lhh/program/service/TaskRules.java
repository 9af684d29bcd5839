package vn.lhh.program.service;

import java.time.LocalDate;
import vn.lhh.program.ProgramTask;

/** When a task is late or at risk (the annual report and the dashboard list both). */
public final class TaskRules {
    /** A task ending within this many days and under half done is at risk. */
    public static final int AT_RISK_DAYS = 60;

    private TaskRules() {
    }

    public static boolean late(ProgramTask t, LocalDate today) {
        return t.status.isOpen() && t.plannedEnd.isBefore(today);
    }

    public static boolean atRisk(ProgramTask t, LocalDate today) {
        return t.status.isOpen() && !late(t, today) && !t.plannedEnd.isAfter(today.plusDays(AT_RISK_DAYS))
                && (t.latestPercent == null || t.latestPercent < 50);
    }
}
