package vn.congdoan.intranet.membership.admission;

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
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * One person's application to join a grassroots union. Applications entered together carry the same group label
 * ("Đợt kết nạp tháng 11/2026") and are usually decided together. Once decided, an application is never changed.
 */
@Entity
@Table(name = "admission_application")
@NamedQueries({
    @NamedQuery(name = "AdmissionApplication.groupLabels", query = "SELECT DISTINCT a.groupLabel"
            + " FROM AdmissionApplication a WHERE a.unit.id = :unitId AND a.groupLabel IS NOT NULL ORDER BY a.groupLabel")
})
public class AdmissionApplication extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_MAX = 120;
    public static final int REASON_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Size(max = LABEL_MAX)
    @Column(name = "group_label", length = LABEL_MAX)
    private String groupLabel;

    @NotBlank
    @Size(max = Member.NAME_MAX)
    @Column(name = "full_name", nullable = false, length = Member.NAME_MAX)
    private String fullName;

    @Column(name = "search_name", nullable = false, length = Member.NAME_MAX)
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
    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.PENDING;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Size(max = 120)
    @Column(name = "decision_ref", length = 120)
    private String decisionRef;

    @Size(max = REASON_MAX)
    @Column(name = "reject_reason", length = REASON_MAX)
    private String rejectReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    protected AdmissionApplication() {
    }

    /** An empty application for a form. */
    public static AdmissionApplication draft(LocalDate appliedOn) {
        AdmissionApplication draft = new AdmissionApplication();
        draft.appliedOn = appliedOn;
        return draft;
    }

    /** A copy of the form's values, placed in its union and recorded by the given user. */
    AdmissionApplication recordIn(OrgUnit union, String by) {
        AdmissionApplication copy = new AdmissionApplication();
        copy.unit = union;
        copy.groupLabel = TextNormalizer.isBlank(groupLabel) ? null : groupLabel.trim();
        copy.fullName = fullName == null ? null : fullName.trim().replaceAll("\\s+", " ");
        copy.gender = gender;
        copy.dateOfBirth = dateOfBirth;
        copy.jobTitle = TextNormalizer.isBlank(jobTitle) ? null : jobTitle.trim();
        copy.appliedOn = appliedOn;
        copy.recordedBy = by;
        return copy;
    }

    /** The member this application becomes once admitted; not yet persisted. */
    Member toMember(LocalDate admittedOn) {
        return new Member(unit, fullName, gender, dateOfBirth, jobTitle, admittedOn, null);
    }

    void admit(Member admitted, LocalDate on, String reference, String by) {
        requirePending();
        this.status = ApplicationStatus.ADMITTED;
        this.member = admitted;
        this.decidedOn = on;
        this.decisionRef = reference;
        this.decidedBy = by;
    }

    void reject(LocalDate on, String reason, String by) {
        requirePending();
        this.status = ApplicationStatus.REJECTED;
        this.decidedOn = on;
        this.rejectReason = reason;
        this.decidedBy = by;
    }

    /** A restructuring merged the union into another, which takes over the pending application. */
    void handOver(OrgUnit to) {
        requirePending();
        this.unit = to;
    }

    private void requirePending() {
        if (status != ApplicationStatus.PENDING) {
            throw new BusinessException("admission.alreadyDecided", fullName);
        }
    }

    public boolean isPending() {
        return status == ApplicationStatus.PENDING;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchName() {
        this.searchName = TextNormalizer.fold(fullName);
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getGroupLabel() {
        return groupLabel;
    }

    public void setGroupLabel(String groupLabel) {
        this.groupLabel = groupLabel;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public Member getMember() {
        return member;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
