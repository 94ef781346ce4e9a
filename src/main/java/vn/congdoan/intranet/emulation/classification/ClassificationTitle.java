package vn.congdoan.intranet.emulation.classification;

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

    protected ClassificationTitle() {
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
