package vn.congdoan.intranet.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * One notification to one account. The text is a bundle key and its arguments, so it is shown in the reader's
 * language; the dedup key makes a reminder that is raised again (a deadline in 3 days) arrive only once.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Arguments are joined with this character, which no unit name or title contains. */
    public static final String SEPARATOR = "\u001f";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(length = 1000)
    private String arguments;

    @Column(length = 255)
    private String link;

    @Column(name = "dedup_key", length = 120)
    private String dedupKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long accountId, String kind, String messageKey, String arguments, String link,
                        String dedupKey, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Object[] argumentArray() {
        return arguments == null || arguments.isEmpty() ? new Object[0] : arguments.split(SEPARATOR, -1);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArguments() {
        return arguments;
    }

    public String getLink() {
        return link;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
