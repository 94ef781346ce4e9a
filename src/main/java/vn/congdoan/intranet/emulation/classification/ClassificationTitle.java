package vn.congdoan.intranet.emulation.classification;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.congdoan.intranet.shared.BaseEntity;

/**
 * A title a union or a member can be classified with in a year (reference data). Rank 1 is the best; reaching a
 * title means holding it or a better-ranked one.
 */
@Entity
@Cacheable // Titles are reference data, read on every classification page and changed rarely through JPA.
@Table(name = "classification_title")
public class ClassificationTitle extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TitleSubject subject;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "rank_order", nullable = false)
    private int rankOrder;

    @Column(name = "min_points")
    private Integer minPoints;

    @Column(nullable = false)
    private boolean active;

    public static final int NAME_MAX = 200;
    public static final int CODE_MAX = 40;
    /** The 100-point self-assessment plus at most 5 bonus points (guidance 1294/HD-TLĐ). */
    public static final int MAX_POINTS = 105;

    protected ClassificationTitle() {
    }

    /** A new title the federation adds; it ranks where the federation puts it. */
    public ClassificationTitle(String code, TitleSubject subject, String nameVi, String nameEn, int rankOrder,
                               Integer minPoints) {
        this.code = code;
        this.subject = subject;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.rankOrder = rankOrder;
        this.minPoints = minPoints;
        this.active = true;
    }

    /** Holding this title reaches {@code target} when it is the same title or ranked better (a lower rank). */
    public boolean reaches(ClassificationTitle target) {
        return target != null && subject == target.subject && rankOrder <= target.rankOrder;
    }

    /** Whether self-assessed points may claim this title: below the cut-off they may not. */
    public boolean admits(Integer points) {
        return minPoints == null || points != null && points >= minPoints;
    }

    /** The name in the reader's language. */
    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String getCode() {
        return code;
    }

    public TitleSubject getSubject() {
        return subject;
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

    public int getRankOrder() {
        return rankOrder;
    }

    public void setRankOrder(int rankOrder) {
        this.rankOrder = rankOrder;
    }

    public Integer getMinPoints() {
        return minPoints;
    }

    public void setMinPoints(Integer minPoints) {
        this.minPoints = minPoints;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
