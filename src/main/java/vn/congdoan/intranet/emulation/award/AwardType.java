package vn.congdoan.intranet.emulation.award;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * An award type (reference data) with the tier that issues it and who may receive it.
 */
@Entity
@Cacheable // Award types are reference data, read on every award page and changed rarely through JPA.
@Table(name = "award_type")
public class AwardType extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuer_tier", nullable = false, length = 20)
    private IssuerTier issuerTier;

    @Column(name = "issuer_name_vi", length = 200)
    private String issuerNameVi;

    @Column(name = "issuer_name_en", length = 200)
    private String issuerNameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_form", length = 20)
    private AwardForm awardForm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recipients recipients;

    @Column(name = "once_per_person", nullable = false)
    private boolean oncePerPerson;

    @Column(name = "rank_order", nullable = false)
    private int rankOrder;

    @Column(nullable = false)
    private boolean active;

    protected AwardType() {
    }

    /** The type's name in the reader's language; Vietnamese unless English was chosen. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** The outside body that decides a national award, in the reader's language; null for the others. */
    public String issuerName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? issuerNameEn : issuerNameVi;
    }

    /** Whether a unit (a collective) may receive it. */
    public boolean isForCollectives() {
        return recipients != Recipients.INDIVIDUAL;
    }

    /** Whether a member (an individual) may receive it. */
    public boolean isForIndividuals() {
        return recipients != Recipients.COLLECTIVE;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public IssuerTier getIssuerTier() {
        return issuerTier;
    }

    public String getIssuerNameVi() {
        return issuerNameVi;
    }

    public String getIssuerNameEn() {
        return issuerNameEn;
    }

    public AwardForm getAwardForm() {
        return awardForm;
    }

    public Recipients getRecipients() {
        return recipients;
    }

    public boolean isOncePerPerson() {
        return oncePerPerson;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
