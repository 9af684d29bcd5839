package vn.lhh.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A congress (đại hội): closes one term and opens the next. */
@Entity
@Table(name = "association_congress")
public class Congress extends AssociationPart {
    /** The term this congress closes. */
    @Column(nullable = false)
    public UUID termId;
    public LocalDate plannedDate;
    public LocalDate heldDate;
    public String decision;
    public String outcome;
}
