package vn.congdoan.intranet.welfare.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.welfare.WelfareCase;

/**
 * A supporting document of a welfare case. Its bytes are a {@link WelfareDocumentContent} of the same id, read only
 * on download; who may see it is decided by {@link WelfareDocumentService}, as for the case's description.
 */
@Entity
@Table(name = "welfare_document")
public class WelfareDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private WelfareCase welfareCase;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected WelfareDocument() {
    }

    public WelfareDocument(WelfareCase welfareCase, String fileName, String contentType, long sizeBytes,
                           String uploadedBy, Instant uploadedAt) {
        this.welfareCase = welfareCase;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public WelfareCase getWelfareCase() {
        return welfareCase;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** The size as shown to people: whole kilobytes, at least 1. */
    public long getSizeKilobytes() {
        return Math.max(1, Math.round(sizeBytes / 1024.0));
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
