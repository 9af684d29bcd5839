package vn.lhh.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A judge of one edition: an expert of the network (expertId) or an external person; username is the account they score with. */
@Entity
@Table(name = "contest_judge")
public class ContestJudge {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID editionId;
    @Column(nullable = false)
    public String fullName;
    public String username;
    public UUID expertId;
    public String affiliation;
    public String email;
    public String phone;
    /** Where the judge works or teaches: an entry of one of these schools is a conflict of interest. */
    @Column(nullable = false)
    public String[] schools = new String[0];
    @Column(nullable = false)
    public String[] schoolKeys = new String[0];
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
