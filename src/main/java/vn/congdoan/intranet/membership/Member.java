package vn.congdoan.intranet.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.TextNormalizer;

/** A union member (đoàn viên) of one grassroots union. */
@Entity
@Table(name = "union_member")
@NamedQueries({
    @NamedQuery(name = "Member.jobTitles",
            query = "SELECT DISTINCT m.jobTitle FROM Member m WHERE m.unit.id = :unitId AND m.jobTitle IS NOT NULL ORDER BY m.jobTitle"),
    @NamedQuery(name = "Member.countInPath",
            query = "SELECT m.gender, COUNT(m) FROM Member m WHERE m.unit.path LIKE :prefix AND m.status = :status GROUP BY m.gender")
})
public class Member extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(name = "search_name", nullable = false, length = NAME_MAX)
    private String searchName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @PastOrPresent
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Size(max = 120)
    @Column(name = "job_title", length = 120)
    private String jobTitle;

    @NotNull
    @PastOrPresent
    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Size(max = 20)
    @Column(name = "card_number", length = 20)
    private String cardNumber;

    @Column(name = "card_issued_on")
    private LocalDate cardIssuedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.ACTIVE;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 20)
    private LeaveReason leaveReason;

    protected Member() {
    }

    public Member(OrgUnit unit, String fullName, Gender gender, LocalDate dateOfBirth, String jobTitle,
                  LocalDate joinedOn, String cardNumber) {
        this.unit = unit;
        this.fullName = fullName;
        this.gender = gender;
        this.dateOfBirth = dateOfBirth;
        this.jobTitle = jobTitle;
        this.joinedOn = joinedOn;
        this.cardNumber = cardNumber;
    }

    /** Moves the record to the union it now belongs to; the history is kept by {@link MemberLifecycle}. */
    void placeIn(OrgUnit newUnit) {
        this.unit = newUnit;
    }

    void markLeft(LocalDate on, LeaveReason reason) {
        this.status = MemberStatus.ENDED;
        this.leftOn = on;
        this.leaveReason = reason;
    }

    void markStatus(MemberStatus newStatus) {
        this.status = newStatus;
    }

    void issueCard(String number, LocalDate issuedOn) {
        this.cardNumber = number;
        this.cardIssuedOn = issuedOn;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchName() {
        this.searchName = TextNormalizer.fold(fullName);
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getFullName() {
        return fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LocalDate getCardIssuedOn() {
        return cardIssuedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public LeaveReason getLeaveReason() {
        return leaveReason;
    }
}
