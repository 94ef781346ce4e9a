package vn.congdoan.intranet.news;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * A photo of an article, as the app re-encoded it at upload (never the uploaded bytes), served from the database by
 * id. {@code articleId} is empty until the article that uses it is first saved.
 */
@Entity
@Table(name = "news_image")
public class NewsImage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    protected NewsImage() {
    }

    public NewsImage(String contentType, int width, int height, byte[] data, String uploadedBy, Instant uploadedAt) {
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.data = data;
        this.sizeBytes = data.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void attachTo(long articleId) {
        this.articleId = articleId;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public byte[] getData() {
        return data;
    }
}
