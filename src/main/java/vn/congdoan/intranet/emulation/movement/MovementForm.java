package vn.congdoan.intranet.emulation.movement;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launch and edit form holds: the movement's fields and its criteria in the order entered. The service
 * checks it and reports each refusal at its field ({@code name}, {@code registerUntil}, {@code criteria}, ...).
 */
public class MovementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion line of the form. */
    public static class Criterion implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private Integer maxPoints;

        public Criterion() {
        }

        public Criterion(String name, Integer maxPoints) {
            this.name = name;
            this.maxPoints = maxPoints;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(Integer maxPoints) {
            this.maxPoints = maxPoints;
        }
    }

    private String name;
    private String description;
    private Participants participants = Participants.BOTH;
    private boolean womenOnly;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate registerUntil;
    private Integer excellentFromPct = MovementResults.DEFAULTS.excellentFromPct();
    private Integer goodFromPct = MovementResults.DEFAULTS.goodFromPct();
    private Integer passFromPct = MovementResults.DEFAULTS.passFromPct();
    private List<Criterion> criteria = new ArrayList<>();

    public MovementForm() {
    }

    /** The form of an existing movement, to edit it. */
    public static MovementForm of(Movement movement, List<MovementCriterion> criteria) {
        MovementForm form = new MovementForm();
        form.name = movement.getName();
        form.description = movement.getDescription();
        form.participants = movement.getParticipants();
        form.womenOnly = movement.isWomenOnly();
        form.startsOn = movement.getStartsOn();
        form.endsOn = movement.getEndsOn();
        form.registerUntil = movement.getRegisterUntil();
        form.excellentFromPct = movement.getExcellentFromPct();
        form.goodFromPct = movement.getGoodFromPct();
        form.passFromPct = movement.getPassFromPct();
        criteria.forEach(c -> form.criteria.add(new Criterion(c.getName(), c.getMaxPoints())));
        return form;
    }

    /** Adds an empty criterion line at the end. */
    public void addCriterion() {
        criteria.add(new Criterion());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    /** Moves a line one place up (towards the first criterion). */
    public void moveUp(int index) {
        if (index > 0 && index < criteria.size()) {
            criteria.add(index - 1, criteria.remove(index));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Participants getParticipants() {
        return participants;
    }

    public void setParticipants(Participants participants) {
        this.participants = participants;
    }

    public boolean isWomenOnly() {
        return womenOnly;
    }

    public void setWomenOnly(boolean womenOnly) {
        this.womenOnly = womenOnly;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getRegisterUntil() {
        return registerUntil;
    }

    public void setRegisterUntil(LocalDate registerUntil) {
        this.registerUntil = registerUntil;
    }

    public Integer getExcellentFromPct() {
        return excellentFromPct;
    }

    public void setExcellentFromPct(Integer excellentFromPct) {
        this.excellentFromPct = excellentFromPct;
    }

    public Integer getGoodFromPct() {
        return goodFromPct;
    }

    public void setGoodFromPct(Integer goodFromPct) {
        this.goodFromPct = goodFromPct;
    }

    public Integer getPassFromPct() {
        return passFromPct;
    }

    public void setPassFromPct(Integer passFromPct) {
        this.passFromPct = passFromPct;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }
}
