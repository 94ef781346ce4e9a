package vn.congdoan.intranet.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of a report attachment, kept apart so that listing attachments never loads them. */
@Entity
@Table(name = "report_attachment_content")
public class AttachmentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Column(nullable = false)
    private byte[] data;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] data) {
        this.attachmentId = attachmentId;
        this.data = data;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public byte[] getData() {
        return data;
    }
}
