package vn.lhh.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An academic title (GS, PGS) or degree (TS, ThS, KS…), with the level the rules compare. */
@Entity
@Table(name = "qualification")
public class Qualification {
    @Id
    public String code;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String nameVi;
    @Column(nullable = false)
    public String nameEn;
    @Column(nullable = false)
    public int level;
}
