package vn.congdoan.intranet.restructuring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import vn.congdoan.intranet.organization.OrgUnit;

/** A unit an operation touched, and how; lets a unit's history list the operations that changed it. */
@Embeddable
public class TouchedUnit implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_role", nullable = false, length = 20)
    private UnitRole role;

    protected TouchedUnit() {
    }

    TouchedUnit(OrgUnit unit, UnitRole role) {
        this.unit = unit;
        this.role = role;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public UnitRole getRole() {
        return role;
    }
}
