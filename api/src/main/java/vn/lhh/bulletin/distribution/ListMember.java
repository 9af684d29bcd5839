package vn.lhh.bulletin.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A recipient on a list; copies, when set, override the recipient's default for this list. */
@Embeddable
public class ListMember {
    @Column(nullable = false)
    public UUID recipientId;
    public Integer copies;

    public ListMember() {
    }

    public ListMember(UUID recipientId, Integer copies) {
        this.recipientId = recipientId;
        this.copies = copies;
    }
}
