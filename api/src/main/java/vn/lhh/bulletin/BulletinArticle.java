package vn.lhh.bulletin;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article: prepared on its own, placed in an issue at a position when the issue is put together. */
@Entity
@Table(name = "bulletin_article")
public class BulletinArticle {
    @Id
    public UUID id;
    public UUID issueId;
    public Integer position;
    @Column(nullable = false)
    public String title;
    @Column(name = "abstract")
    public String abstractText;
    @Column(nullable = false)
    public String[] keywords = new String[0];
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ArticleAuthor> authors = new ArrayList<>();
    public Integer pageFrom;
    public Integer pageTo;
    public UUID pdfFileId;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "bulletin_article_field", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "field_code")
    public Set<String> fieldCodes = new LinkedHashSet<>();
    @Column(nullable = false)
    public String searchKey;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
