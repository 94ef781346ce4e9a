package vn.congdoan.intranet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;

/** The Flyway schema and the entity mappings agree, on every engine. */
class SchemaPersistenceTest {

    @DatabaseTest
    void migrationsProvideTheUnitLevelsInOrder(EntityManager em) {
        List<String> codes = em.createNamedQuery("UnitLevel.all", UnitLevel.class).getResultList().stream()
                .map(UnitLevel::getCode).toList();

        assertEquals(List.of("PROVINCE_FEDERATION", "SECTOR_UNION", "DISTRICT_FEDERATION", "COMMUNE_UNION",
                "GRASSROOTS_UNION", "UNION_CELL"), codes);
        assertEquals("Công đoàn cơ sở", em.find(UnitLevel.class, UnitLevel.GRASSROOTS_UNION).getNameVi());
    }

    @DatabaseTest
    void vietnameseNamesSurviveTheRoundTrip(TestDatabase db, EntityManager em) {
        String name = "Công đoàn Trường Mầm non Họa Mi – Đắk Lắk";
        long id = inTransaction(em, () -> {
            OrgUnit unit = new OrgUnit("RT-1", name, "CĐ MN Họa Mi", em.find(UnitLevel.class,
                    UnitLevel.GRASSROOTS_UNION), LocalDate.of(2020, 9, 5));
            em.persist(unit);
            unit.placeUnder(null);
            return unit.getId();
        });

        try (EntityManager fresh = db.createEntityManager()) {
            OrgUnit loaded = fresh.find(OrgUnit.class, id);
            assertEquals(name, loaded.getName());
            assertEquals("/" + id + "/", loaded.getPath());
            assertEquals(LocalDate.of(2020, 9, 5), loaded.getValidFrom());
            assertEquals(1, fresh.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.searchName LIKE :p", Long.class)
                    .setParameter("p", TextNormalizer.containsPattern("MẦM NON  họa mi")).getSingleResult());
        }
    }

    @Test
    void mysqlDatabaseUrlKeepsHostAndParameters() {
        assertEquals("jdbc:mysql://127.0.0.1:3306/cd_x",
                TestDatabase.databaseUrl("jdbc:mysql://127.0.0.1:3306/", "cd_x"));
        assertEquals("jdbc:mysql://h:3306/cd_x?useSSL=false",
                TestDatabase.databaseUrl("jdbc:mysql://h:3306/other?useSSL=false", "cd_x"));
        assertEquals("jdbc:mysql://h/cd_x", TestDatabase.databaseUrl("jdbc:mysql://h", "cd_x"));
    }
}
