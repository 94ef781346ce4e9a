package vn.congdoan.intranet.emulation.classification;

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
import vn.congdoan.intranet.shared.BusinessException;

/**
 * A member's classification of one school year: proposed by the member's union (kept as unit: members move, the
 * year stays with the union that judged it), decided by a unit above it.
 */
@Entity
@Table(name = "member_classification")
public class MemberClassification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_title_id")
    private ClassificationTitle proposedTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClassificationStatus status;

    @Column(name = "proposed_by", nullable = false, length = 60)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_title_id")
    private ClassificationTitle decidedTitle;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_unit_id")
    private OrgUnit decidedByUnit;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected MemberClassification() {
    }

    /** The union's proposal of a member's title for a school year. */
    public MemberClassification(int schoolYear, Member member, OrgUnit unit, ClassificationTitle title, String by,
                                Instant at) {
        this.schoolYear = schoolYear;
        this.member = member;
        this.unit = unit;
        this.status = ClassificationStatus.PROPOSED;
        repropose(title, by, at);
    }

    /** Changes the proposal while the superior has not decided. */
    public void repropose(ClassificationTitle title, String by, Instant at) {
        if (status == ClassificationStatus.DECIDED) {
            throw new BusinessException("classification.alreadyDecided");
        }
        if (title == null || title.getSubject() != TitleSubject.MEMBER || !title.isActive()) {
            throw BusinessException.onField("memberTitle", "classification.titleRequired");
        }
        this.proposedTitle = title;
        this.proposedBy = by;
        this.proposedAt = at;
    }

    /** The superior recognises the title (usually as proposed). */
    public void decide(ClassificationTitle title, String by, OrgUnit byUnit, Instant at) {
        if (status == ClassificationStatus.DECIDED) {
            throw new BusinessException("classification.alreadyDecided");
        }
        this.decidedTitle = title;
        this.decidedBy = by;
        this.decidedByUnit = byUnit;
        this.decidedAt = at;
        this.status = ClassificationStatus.DECIDED;
    }

    /** The decided title once there is one, the proposal before. */
    public ClassificationTitle getCurrentTitle() {
        return decidedTitle != null ? decidedTitle : proposedTitle;
    }

    public boolean isDecided() {
        return status == ClassificationStatus.DECIDED;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public Member getMember() {
        return member;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ClassificationTitle getProposedTitle() {
        return proposedTitle;
    }

    public ClassificationStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public ClassificationTitle getDecidedTitle() {
        return decidedTitle;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OrgUnit getDecidedByUnit() {
        return decidedByUnit;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
