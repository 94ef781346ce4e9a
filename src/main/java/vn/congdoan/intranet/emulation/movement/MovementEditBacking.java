package vn.congdoan.intranet.emulation.movement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Texts;

/**
 * The launch and edit form ({@code /emulation/movement-edit.xhtml}, {@code ?id=} to edit) with its criteria editor.
 * Once a unit has registered, the form shows the movement locked but for its deadline.
 */
@Named
@ViewScoped
public class MovementEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MovementService movements;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private long version;
    private boolean locked;
    private MovementForm form;

    public void load() {
        Viewer viewer = currentUser.get();
        viewer.require(Permission.RUN_EMULATION);
        if (id == null) {
            form = new MovementForm();
            form.addCriterion();
            return;
        }
        Movement movement = movements.get(viewer, id);
        if (!movements.mayManage(viewer, movement) || !movement.isOpen()) {
            throw new AccessDeniedException(viewer.username() + " may not edit movement " + id);
        }
        version = movement.getVersion();
        locked = movements.hasRegistrations(movement);
        form = MovementForm.of(movement, movements.criteria(viewer, id));
    }

    public String save() {
        boolean launching = id == null;
        Movement saved = FormActions.run("movementForm", "movement.changedByOther", () -> launching
                ? movements.launch(currentUser.get(), form)
                : movements.update(currentUser.get(), id, version, form));
        if (saved == null) {
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        Texts.info(launching ? "movement.edit.launched" : "movement.edit.saved", saved.getName());
        return "/emulation/movement?faces-redirect=true&id=" + saved.getId();
    }

    public void addCriterion() {
        form.addCriterion();
    }

    public void removeCriterion(int index) {
        form.removeCriterion(index);
    }

    public void moveUp(int index) {
        form.moveUp(index);
    }

    /** The sum of the maximum points typed so far. */
    public int getMaxTotal() {
        return form.getCriteria().stream().mapToInt(c -> c.getMaxPoints() == null ? 0 : Math.max(0, c.getMaxPoints()))
                .sum();
    }

    public Participants[] getParticipantChoices() {
        return Participants.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isLocked() {
        return locked;
    }

    public MovementForm getForm() {
        return form;
    }
}
