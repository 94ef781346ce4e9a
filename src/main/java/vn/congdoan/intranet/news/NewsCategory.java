package vn.congdoan.intranet.news;

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

/** A news category. Categories are data (seeded by V7), so the federation can add one without a release. */
@Entity
@Cacheable
@Table(name = "news_category")
// Categories change only by a migration: the list is kept in the query results cache, not read on every page.
@NamedQuery(name = "NewsCategory.all", query = "SELECT c FROM NewsCategory c ORDER BY c.sortOrder, c.id",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class NewsCategory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 120)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected NewsCategory() {
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof NewsCategory category && Objects.equals(id, category.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
