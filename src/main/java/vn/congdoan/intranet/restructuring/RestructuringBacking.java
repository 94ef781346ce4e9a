package vn.congdoan.intranet.restructuring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;

/**
 * The restructuring page: one form for the four operations, a preview of the steps, and the record of past
 * operations. What is applied is the request that was previewed, never the form as it stands at the click.
 */
@Named
@ViewScoped
public class RestructuringBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "restructuringForm";
    private static final int PICKER_SIZE = 15;

    @Inject
    RestructuringService restructurings;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    private Viewer viewer;
    private ServiceLazyModel<Restructuring> history;

    private RestructuringKind kind = RestructuringKind.MERGE;
    private LocalDate effectiveOn;
    private String decisionRef;
    private String note;
    private List<OrgUnit> sources = new ArrayList<>();
    private OrgUnit target;
    private OrgUnit unit;
    private OrgUnit parent;
    private OrgUnit childrenTarget;
    private OrgUnit accountsTarget;
    private List<JobTitleGroup> groups = new ArrayList<>();
    private List<String> splitTitles = new ArrayList<>();
    private String newCode;
    private String newName;
    private String newShortName;

    private RestructuringRequest previewed;
    private RestructuringPlan plan;

    /** One job-title group of a unit's members and where it goes. */
    public static final class JobTitleGroup implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String title;
        private final long count;
        private OrgUnit destination;

        JobTitleGroup(String title, long count) {
            this.title = title;
            this.count = count;
        }

        public String getTitle() {
            return title;
        }

        public long getCount() {
            return count;
        }

        public OrgUnit getDestination() {
            return destination;
        }

        public void setDestination(OrgUnit destination) {
            this.destination = destination;
        }
    }

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        history = new ServiceLazyModel<>(q -> restructurings.countRestructurings(viewer, q),
                q -> restructurings.findRestructurings(viewer, q));
        effectiveOn = Formats.today();
    }

    /** Active units in scope matching the typed text, for every unit picker of the form. */
    public List<OrgUnit> completeUnit(String text) {
        return units.searchUnits(viewer, text, PICKER_SIZE);
    }

    /** Merge and move take several units; dissolve and split work on one. */
    public boolean isSeveralUnits() {
        return kind == RestructuringKind.MERGE || kind == RestructuringKind.MOVE;
    }

    /** A changed form makes the shown preview stale. */
    public void changed() {
        plan = null;
        previewed = null;
    }

    /** The chosen unit's members by job title, for dissolving or splitting it. */
    public void unitChosen() {
        changed();
        groups = new ArrayList<>();
        splitTitles = new ArrayList<>();
        if (unit != null) {
            restructurings.jobTitleGroups(viewer, unit.getId())
                    .forEach((title, count) -> groups.add(new JobTitleGroup(title, count)));
        }
    }

    public void preview() {
        changed();
        try {
            RestructuringRequest request = request();
            plan = restructurings.preview(viewer, request);
            previewed = request;
        } catch (BusinessException refusal) {
            Texts.error(visible(refusal), FORM);
        }
    }

    public void apply() {
        if (previewed == null) {
            return;
        }
        try {
            Restructuring applied = restructurings.apply(viewer, previewed);
            Texts.info("restructuring.applied", Texts.get(applied.getKind().labelKey()),
                    Formats.day(applied.getEffectiveOn()));
            reset();
        } catch (BusinessException refusal) {
            changed();
            Texts.error(visible(refusal), FORM);
        }
    }

    private void reset() {
        changed();
        sources = new ArrayList<>();
        target = null;
        unit = null;
        parent = null;
        childrenTarget = null;
        accountsTarget = null;
        groups = new ArrayList<>();
        splitTitles = new ArrayList<>();
        newCode = null;
        newName = null;
        newShortName = null;
        decisionRef = null;
        note = null;
    }

    private RestructuringRequest request() {
        Decision decision = new Decision(effectiveOn, decisionRef, note);
        return switch (kind) {
            case MERGE -> new RestructuringRequest.Merge(sources.stream().map(OrgUnit::getId).toList(), id(target),
                    decision);
            case DISSOLVE -> {
                Map<String, Long> destinations = new HashMap<>();
                groups.stream().filter(g -> g.getDestination() != null)
                        .forEach(g -> destinations.put(g.getTitle(), g.getDestination().getId()));
                yield new RestructuringRequest.Dissolve(id(unit), destinations, id(childrenTarget), id(accountsTarget),
                        decision);
            }
            case MOVE -> new RestructuringRequest.Move(sources.stream().map(OrgUnit::getId).toList(), id(parent),
                    decision);
            case SPLIT -> new RestructuringRequest.Split(id(unit), splitMembers(), newCode, newName, newShortName,
                    decision);
        };
    }

    private Set<Long> splitMembers() {
        return unit == null || splitTitles.isEmpty() ? Set.of()
                : new HashSet<>(restructurings.memberIdsByJobTitle(viewer, unit.getId(), splitTitles));
    }

    /** Refusals about inputs this kind of form does not show go to the top of the form instead. */
    private BusinessException visible(BusinessException refusal) {
        if ("units".equals(refusal.getField())) {
            // the move form picks its units in the same input as the merge form
            return BusinessException.onField("sources", refusal.getMessageKey(), refusal.getArguments());
        }
        Set<String> shown = switch (kind) {
            case MERGE -> Set.of("effectiveOn", "sources", "target");
            case DISSOLVE -> Set.of("effectiveOn", "unit", "childrenTarget", "accountsTarget");
            case MOVE -> Set.of("effectiveOn", "sources", "parent");
            case SPLIT -> Set.of("effectiveOn", "unit", "members", "newCode", "newName");
        };
        return refusal.getField() == null || shown.contains(refusal.getField()) ? refusal
                : new BusinessException(refusal.getMessageKey(), refusal.getArguments());
    }

    private static Long id(OrgUnit unit) {
        return unit == null ? null : unit.getId();
    }

    public String stepText(PlanStep step, Locale locale) {
        return step.text(locale);
    }

    public String groupLabel(JobTitleGroup group) {
        return group.getTitle().isEmpty() ? "—" : group.getTitle();
    }

    public RestructuringKind[] getKinds() {
        return RestructuringKind.values();
    }

    public ServiceLazyModel<Restructuring> getHistory() {
        return history;
    }

    public RestructuringPlan getPlan() {
        return plan;
    }

    public RestructuringKind getKind() {
        return kind;
    }

    public void setKind(RestructuringKind kind) {
        this.kind = kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public void setDecisionRef(String decisionRef) {
        this.decisionRef = decisionRef;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<OrgUnit> getSources() {
        return sources;
    }

    public void setSources(List<OrgUnit> sources) {
        this.sources = sources == null ? new ArrayList<>() : sources;
    }

    public OrgUnit getTarget() {
        return target;
    }

    public void setTarget(OrgUnit target) {
        this.target = target;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(OrgUnit unit) {
        this.unit = unit;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public void setParent(OrgUnit parent) {
        this.parent = parent;
    }

    public OrgUnit getChildrenTarget() {
        return childrenTarget;
    }

    public void setChildrenTarget(OrgUnit childrenTarget) {
        this.childrenTarget = childrenTarget;
    }

    public OrgUnit getAccountsTarget() {
        return accountsTarget;
    }

    public void setAccountsTarget(OrgUnit accountsTarget) {
        this.accountsTarget = accountsTarget;
    }

    public List<JobTitleGroup> getGroups() {
        return groups;
    }

    public List<String> getSplitTitles() {
        return splitTitles;
    }

    public void setSplitTitles(List<String> splitTitles) {
        this.splitTitles = splitTitles == null ? new ArrayList<>() : splitTitles;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewShortName() {
        return newShortName;
    }

    public void setNewShortName(String newShortName) {
        this.newShortName = newShortName;
    }
}
