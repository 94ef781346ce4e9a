package vn.congdoan.intranet.shared;

import java.lang.reflect.Field;

/**
 * Gives an entity the id the database would, for plain unit tests that need one (a unit's tree path is built from
 * ids). Test-only: the id field is private on purpose, and persistence tests get real ids by persisting.
 */
public final class Entities {

    private Entities() {
    }

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("BaseEntity has no field 'id' any more", e);
        }
    }
}
