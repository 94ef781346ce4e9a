package vn.congdoan.intranet.organization;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A level of the union tree (provincial federation, sector union, district federation, commune union, grassroots
 * union, ...). Kept as reference data because the national reorganisation of 2025 changed which levels exist.
 */
@Entity
@Cacheable
@Table(name = "unit_level")
// Levels change only by a migration: the list is kept in the query results cache, not read on every page.
@NamedQuery(name = "UnitLevel.all", query = "SELECT l FROM UnitLevel l ORDER BY l.sortOrder",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class UnitLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PROVINCE_FEDERATION = "PROVINCE_FEDERATION";
    public static final String SECTOR_UNION = "SECTOR_UNION";
    public static final String DISTRICT_FEDERATION = "DISTRICT_FEDERATION";
    public static final String GRASSROOTS_UNION = "GRASSROOTS_UNION";

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean grassroots;

    protected UnitLevel() {
    }

    public String getCode() {
        return code;
    }

    /** The level's name in the user's language; Vietnamese unless English was chosen. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Grassroots levels hold members directly. */
    public boolean isGrassroots() {
        return grassroots;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitLevel level && Objects.equals(code, level.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
