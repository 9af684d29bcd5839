package vn.lhh.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document of the meeting, as a titled link (the document registry, a stored file, a web page). */
@Embeddable
public class EventDocument {
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String url;
}
