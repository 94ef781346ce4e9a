package vn.congdoan.intranet.emulation.target;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Award rows for target tests, written in SQL: the Award entity's behaviour belongs to the awards feature, and the
 * targets only count rows.
 */
final class TestAwards {

    private final EntityManager em;
    private long nextId = 900_000_000L;

    TestAwards(EntityManager em) {
        this.em = em;
    }

    void insert(String typeCode, int year, OrgUnit unit, String status) {
        em.createNativeQuery("INSERT INTO award (id, version, award_type_id, school_year, recipient_unit_id,"
                        + " recipient_name, search_name, recipient_path, nominating_unit_id, citation, status,"
                        + " created_by, created_at) SELECT ?1, 1, t.id, ?2, ?3, ?4, ?5, ?6, ?3, 'Thử', ?7, 'test', ?8"
                        + " FROM award_type t WHERE t.code = ?9")
                .setParameter(1, nextId++).setParameter(2, year).setParameter(3, unit.getId())
                .setParameter(4, unit.getName()).setParameter(5, TextNormalizer.fold(unit.getName()))
                .setParameter(6, unit.getPath()).setParameter(7, status)
                .setParameter(8, Timestamp.valueOf("2026-01-01 00:00:00")).setParameter(9, typeCode).executeUpdate();
    }
}
