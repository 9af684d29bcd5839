package vn.lhh.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An account (Keycloak role contest-coordinator) allowed to register entries for one school or one district. */
@Entity
@Table(name = "contest_coordinator")
public class ContestCoordinator {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String username;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CoordinatorKind kind;
    @Column(nullable = false)
    public String fullName;
    public String email;
    public String phone;
    public String school;
    @Column(nullable = false)
    public String district;
    public String schoolKey;
    @Column(nullable = false)
    public String districtKey;
    public boolean active = true;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
