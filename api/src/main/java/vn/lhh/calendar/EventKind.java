package vn.lhh.calendar;

/** meeting: lịch họp; work: lịch công tác (a visit, an inspection, a field trip); workshop: hội thảo khoa học, with registration. */
public enum EventKind {
    meeting, work, workshop
}
