package vn.congdoan.intranet.emulation.movement;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * An emulation movement launched by a unit for the units below it, with who may take part, its period, registration
 * deadline and the share of the maximum points each result needs.
 */
@Entity
@Cacheable // read by id by every service call of a movement page (scope checks); changed only through JPA
@Table(name = "movement")
public class Movement extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "search_name", nullable = false, length = 300)
    private String searchName;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Participants participants;

    @Column(name = "women_only", nullable = false)
    private boolean womenOnly;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "register_until", nullable = false)
    private LocalDate registerUntil;

    @Column(name = "excellent_from_pct", nullable = false)
    private int excellentFromPct;

    @Column(name = "good_from_pct", nullable = false)
    private int goodFromPct;

    @Column(name = "pass_from_pct", nullable = false)
    private int passFromPct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MovementStatus status;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Movement() {
    }

    /** A new open movement of the launching unit; {@link #describe} fills the rest before it is persisted. */
    public Movement(OrgUnit unit, String createdBy, Instant createdAt) {
        this.unit = unit;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = MovementStatus.OPEN;
    }

    /**
     * Sets what the launching form says. The service has checked the form (with messages at its fields); the
     * entity still refuses what would break its own invariants, e.g. a change after registrations began.
     */
    public void describe(String name, String description, Participants participants, boolean womenOnly,
                         LocalDate startsOn, LocalDate endsOn, LocalDate registerUntil, MovementResults thresholds) {
        requireOpen();
        if (startsOn.isAfter(endsOn) || registerUntil.isAfter(endsOn)) {
            throw new IllegalArgumentException("dates out of order");
        }
        this.name = name;
        this.searchName = TextNormalizer.fold(name);
        this.description = description;
        this.participants = participants;
        this.womenOnly = womenOnly;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.registerUntil = registerUntil;
        this.excellentFromPct = thresholds.excellentFromPct();
        this.goodFromPct = thresholds.goodFromPct();
        this.passFromPct = thresholds.passFromPct();
    }

    /** Moves the registration deadline later (never earlier, never past the end): what may change once units registered. */
    public void extendDeadline(LocalDate until) {
        requireOpen();
        if (until.isBefore(registerUntil) || until.isAfter(endsOn)) {
            throw new IllegalArgumentException("deadline " + until + " is no extension");
        }
        this.registerUntil = until;
    }

    /** Scoring is done: nothing registers, self-scores or is scored any more. */
    public void close() {
        requireOpen();
        this.status = MovementStatus.CLOSED;
    }

    public boolean isOpen() {
        return status == MovementStatus.OPEN;
    }

    /** Registrations are taken on every day up to and including the deadline while the movement runs. */
    public boolean isRegistrationOpen(LocalDate today) {
        return isOpen() && !today.isAfter(registerUntil);
    }

    public boolean allowsUnits() {
        return participants != Participants.MEMBERS;
    }

    public boolean allowsMembers() {
        return participants != Participants.UNITS;
    }

    public MovementResults thresholds() {
        return new MovementResults(excellentFromPct, goodFromPct, passFromPct);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("movement " + getId() + " is closed");
        }
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getSearchName() {
        return searchName;
    }

    public String getDescription() {
        return description;
    }

    public Participants getParticipants() {
        return participants;
    }

    public boolean isWomenOnly() {
        return womenOnly;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getRegisterUntil() {
        return registerUntil;
    }

    public int getExcellentFromPct() {
        return excellentFromPct;
    }

    public int getGoodFromPct() {
        return goodFromPct;
    }

    public int getPassFromPct() {
        return passFromPct;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
