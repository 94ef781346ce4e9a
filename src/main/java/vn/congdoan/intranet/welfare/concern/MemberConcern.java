package vn.congdoan.intranet.welfare.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.welfare.WelfareCase;

/**
 * A member's concern, wish or proposal (tâm tư, nguyện vọng, kiến nghị) to their union. The union's officers answer
 * it or take it up as a welfare case; the member reads the answer.
 */
@Entity
@Table(name = "member_concern")
public class MemberConcern extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 2000;
    public static final int ANSWER_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    /** The member's union when the concern was raised: its officers answer it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConcernStatus status = ConcernStatus.OPEN;

    @Column(length = ANSWER_MAX)
    private String answer;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private WelfareCase welfareCase;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MemberConcern() {
    }

    public MemberConcern(Member member, OrgUnit unit, String subject, String body, Instant createdAt) {
        this.member = member;
        this.unit = unit;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void answer(String text, String by, Instant at) {
        requireOpen();
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ConcernStatus.ANSWERED;
    }

    /** Takes the concern up as a case; the optional answer tells the member so. */
    public void turnInto(WelfareCase taken, String text, String by, Instant at) {
        requireOpen();
        this.welfareCase = taken;
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ConcernStatus.TURNED_INTO_CASE;
        taken.linkConcern(this);
    }

    private void requireOpen() {
        if (status != ConcernStatus.OPEN) {
            throw new IllegalStateException("concern " + getId() + " is " + status);
        }
    }

    public Member getMember() {
        return member;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public WelfareCase getWelfareCase() {
        return welfareCase;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
