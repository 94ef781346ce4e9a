package vn.congdoan.intranet.welfare.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of a welfare document, kept apart so that listing a case's documents never loads them. */
@Entity
@Table(name = "welfare_document_content")
public class WelfareDocumentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Column(nullable = false)
    private byte[] data;

    protected WelfareDocumentContent() {
    }

    public WelfareDocumentContent(long documentId, byte[] data) {
        this.documentId = documentId;
        this.data = data;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getData() {
        return data;
    }
}
