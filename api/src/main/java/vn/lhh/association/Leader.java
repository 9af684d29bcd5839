package vn.lhh.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A dated leadership role in one term (chủ tịch, phó chủ tịch, tổng thư ký…). */
@Entity
@Table(name = "association_leader")
public class Leader extends AssociationPart {
    @Column(nullable = false)
    public UUID termId;
    @Column(nullable = false)
    public String personName;
    /** Academic title and degree as written before a name, e.g. "PGS.TS.". */
    public String honorific;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeaderRole role;
    @Column(nullable = false)
    public LocalDate startDate;
    public LocalDate endDate;
}
