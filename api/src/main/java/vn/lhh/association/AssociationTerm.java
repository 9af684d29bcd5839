package vn.lhh.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A term (nhiệm kỳ) of an association: from one congress to the next. */
@Entity
@Table(name = "association_term")
public class AssociationTerm extends AssociationPart {
    @Column(nullable = false)
    public int number;
    @Column(nullable = false)
    public LocalDate startDate;
    /** Exclusive of overlap: the next term may start on this day. */
    @Column(nullable = false)
    public LocalDate endDate;
}
