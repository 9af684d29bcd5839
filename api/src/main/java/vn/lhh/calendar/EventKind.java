package vn.lhh.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** meeting: lịch họp; work: lịch công tác (a visit, an inspection, a field trip); workshop: hội thảo khoa học, with registration. */
@Schema(name = "CalendarEventKind")
public enum EventKind {
    meeting, work, workshop
}
