package vn.congdoan.intranet.emulation.movement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;

/**
 * A movement ({@code /emulation/movement.xhtml?id=42}): its details and criteria; for a grassroots union the
 * registration of the union and its members; the registrations the viewer sees (a school its own, the launcher all)
 * with their score sheet in a dialog: the union self-scores with evidence, the launcher scores. Every write names the
 * version shown, so someone else's change in between refuses it.
 */
@Named
@ViewScoped
public class MovementViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the score dialog does with the registration it shows. */
    public enum SheetMode { SELF, SCORE, VIEW }

    @Inject
    MovementService movements;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Movement movement;
    private List<MovementCriterion> criteria;
    private int maxPoints;
    private boolean registered;
    private ServiceLazyModel<MovementEntry> entries;
    private Map<MovementResult, Long> resultCounts;
    private EntryStatus status;
    private MovementResult result;
    private String search;
    private Member member;

    private Long entryId;
    private long entryVersion;
    private String entryName;
    private SheetMode mode;
    private List<ScoreLine> lines = List.of();

    public void load() {
        Viewer viewer = currentUser.get();
        movement = movements.get(viewer, id == null ? -1 : id);
        criteria = movements.criteria(viewer, id);
        maxPoints = criteria.stream().mapToInt(MovementCriterion::getMaxPoints).sum();
        registered = movements.hasRegistrations(movement);
        if (isShowEntries()) {
            long movementId = id;
            entries = new ServiceLazyModel<>(q -> (int) movements.countEntries(currentUser.get(), movementId, q),
                    q -> movements.findEntries(currentUser.get(), movementId, q));
            resultCounts = movements.resultCounts(viewer, movementId);
        }
    }

    public void applyFilters() {
        entries.getFilters().put("status", status);
        entries.getFilters().put("result", result);
        entries.getFilters().put("search", search);
    }

    public String registerUnit() {
        MovementEntry done = FormActions.run("registerForm", "movement.changedByOther",
                () -> movements.registerUnit(currentUser.get(), id));
        return done == null ? null : reload("movement.view.registered", done.getSubjectName());
    }

    public String registerMember() {
        if (member == null) {
            Texts.error(BusinessException.onField("member", "movement.register.memberRequired"), "registerForm");
            return null;
        }
        MovementEntry done = FormActions.run("registerForm", "movement.changedByOther",
                () -> movements.registerMember(currentUser.get(), id, member.getId()));
        return done == null ? null : reload("movement.view.registered", done.getSubjectName());
    }

    public List<Member> completeMember(String text) {
        return movements.memberCandidates(currentUser.get(), text);
    }

    public String close() {
        Movement done = FormActions.run("actionsForm", "movement.changedByOther",
                () -> movements.close(currentUser.get(), id, movement.getVersion()));
        return done == null ? null : reload("movement.view.closed", done.getName());
    }

    /** Opens a registration's score sheet in the dialog, in the mode the viewer may use it. */
    public void openSheet(MovementEntry entry) {
        Viewer viewer = currentUser.get();
        MovementEntry fresh = movements.getEntry(viewer, entry.getId());
        entryId = fresh.getId();
        entryVersion = fresh.getVersion();
        entryName = fresh.getSubjectName();
        mode = movements.maySelfScore(viewer, fresh) ? SheetMode.SELF
                : movements.mayScore(viewer, fresh) ? SheetMode.SCORE : SheetMode.VIEW;
        lines = movements.sheet(viewer, entryId);
    }

    public String saveDraft() {
        return self(false);
    }

    public String submitSelf() {
        return self(true);
    }

    private String self(boolean submit) {
        MovementEntry done = FormActions.run("sheetForm", "movement.changedByOther",
                () -> movements.selfScore(currentUser.get(), entryId, entryVersion, lines, submit));
        return done == null ? null
                : reload(submit ? "movement.sheet.submitted" : "movement.sheet.saved", done.getSubjectName());
    }

    public String saveScore() {
        MovementEntry done = FormActions.run("sheetForm", "movement.changedByOther",
                () -> movements.score(currentUser.get(), entryId, entryVersion, lines));
        return done == null ? null : reload("movement.sheet.scored", done.getSubjectName(), done.getFinalPoints(),
                Texts.get(done.getResult().labelKey()));
    }

    private String reload(String messageKey, Object... arguments) {
        Faces.getFlash().setKeepMessages(true);
        Texts.info(messageKey, arguments);
        return "/emulation/movement?faces-redirect=true&id=" + id;
    }

    public boolean isMayManage() {
        return movements.mayManage(currentUser.get(), movement);
    }

    /** The launcher edits everything before the first registration and only the deadline after it. */
    public boolean isMayEdit() {
        return isMayManage() && movement.isOpen();
    }

    public boolean isMayRegister() {
        return movements.mayRegister(currentUser.get(), movement);
    }

    /** Registrations are for the union's officers and the units running emulation, not for members. */
    public boolean isShowEntries() {
        Viewer viewer = currentUser.get();
        return viewer.can(Permission.TAKE_PART_EMULATION)
                || viewer.can(Permission.RUN_EMULATION);
    }

    public boolean maySelfScore(MovementEntry entry) {
        return movements.maySelfScore(currentUser.get(), entry);
    }

    public boolean mayScore(MovementEntry entry) {
        return movements.mayScore(currentUser.get(), entry);
    }

    /** A registration's share of the maximum, for the table. */
    public Double share(MovementEntry entry) {
        return entry.getFinalPoints() == null || maxPoints == 0 ? null : entry.getFinalPoints() * 100.0 / maxPoints;
    }

    public int getSelfTotal() {
        return lines.stream().mapToInt(l -> l.getSelfPoints() == null ? 0 : l.getSelfPoints()).sum();
    }

    public int getSuperiorTotal() {
        return lines.stream().mapToInt(l -> l.getSuperiorPoints() == null ? 0 : l.getSuperiorPoints()).sum();
    }

    public EntryStatus[] getStatuses() {
        return EntryStatus.values();
    }

    public MovementResult[] getResults() {
        return MovementResult.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Movement getMovement() {
        return movement;
    }

    public List<MovementCriterion> getCriteria() {
        return criteria;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public boolean isRegistered() {
        return registered;
    }

    public ServiceLazyModel<MovementEntry> getEntries() {
        return entries;
    }

    public Map<MovementResult, Long> getResultCounts() {
        return resultCounts;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public void setStatus(EntryStatus status) {
        this.status = status;
    }

    public MovementResult getResult() {
        return result;
    }

    public void setResult(MovementResult result) {
        this.result = result;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public String getEntryName() {
        return entryName;
    }

    public SheetMode getMode() {
        return mode;
    }

    public List<ScoreLine> getLines() {
        return lines;
    }
}
