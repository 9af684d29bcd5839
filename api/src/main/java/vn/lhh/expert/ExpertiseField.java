package vn.lhh.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A field of expertise in the vocabulary the union manages. */
@Entity
@Table(name = "expertise_field")
public class ExpertiseField {
    @Id
    public String code;
    @Column(nullable = false)
    public String nameVi;
    @Column(nullable = false)
    public String nameEn;
    @Version
    public long version;
}
