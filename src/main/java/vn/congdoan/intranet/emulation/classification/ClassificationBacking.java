package vn.congdoan.intranet.emulation.classification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;

/**
 * The year's classification ({@code /emulation/classification.xhtml?year=2026&unit=…}). A grassroots officer sees
 * their union's proposal and its members; an officer above sees the proposals of the unions below and drills into
 * one to recognise it and its members. The service decides who may do what.
 */
@Named
@ViewScoped
public class ClassificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_BACK = 3;

    @Inject
    ClassificationService service;

    @Inject
    TitleService titleService;

    @Inject
    CurrentUser currentUser;

    private Integer year;
    private Long unit;
    private boolean participant;
    private boolean superior;
    private boolean mayManageTitles;
    private List<ClassificationTitle> unitTitles;
    private List<ClassificationTitle> memberTitles;
    private UnitClassification own;
    private UnitClassification selected;
    private Long titleId;
    private Integer points;
    private String note;
    private Long decidedTitleId;
    private String decisionNote;
    private Long bulkTitleId;
    private ClassificationStatus statusFilter;
    private final Map<Long, Long> choices = new HashMap<>();
    private final Map<Long, MemberClassification> existing = new HashMap<>();
    private Map<Long, Map<Long, Long>> counts = new HashMap<>();
    private ServiceLazyModel<Member> members;
    private ServiceLazyModel<UnitClassification> proposals;

    public void load() {
        Viewer viewer = currentUser.get();
        int current = service.currentSchoolYear();
        if (year == null || year > current || year < current - YEARS_BACK) {
            year = current;
        }
        // the administrator holds both permissions but has no grassroots union of their own to propose for
        participant = viewer.can(Permission.TAKE_PART_EMULATION) && !viewer.can(Permission.RUN_EMULATION);
        superior = viewer.can(Permission.RUN_EMULATION);
        mayManageTitles = titleService.mayManage(viewer);
        unitTitles = service.titles(TitleSubject.UNIT, true);
        memberTitles = service.titles(TitleSubject.MEMBER, true);
        choices.clear();
        existing.clear();
        if (participant) {
            own = service.findUnitClassification(viewer, viewer.unitId(), year).orElse(null);
            titleId = own == null ? null : own.getProposedTitle().getId();
            points = own == null ? null : own.getSelfPoints();
            note = own == null ? null : own.getProposalNote();
            members = membersOf(viewer.unitId());
        }
        if (superior) {
            int shown = year;
            proposals = new ServiceLazyModel<>(q -> service.countProposals(currentUser.get(), shown, filtered(q)),
                    q -> loadProposals(filtered(q)));
            selected = null;
            if (unit != null) {
                service.findUnitClassification(viewer, unit, year).ifPresent(this::open);
            }
        }
    }

    private PageQuery filtered(PageQuery query) {
        return statusFilter == null ? query : query.withFilter(ClassificationService.STATUS, statusFilter);
    }

    private List<UnitClassification> loadProposals(PageQuery query) {
        List<UnitClassification> page = service.findProposals(currentUser.get(), year, query);
        counts = service.memberTitleCounts(currentUser.get(), year,
                page.stream().map(c -> c.getUnit().getId()).toList());
        return page;
    }

    private ServiceLazyModel<Member> membersOf(long unitId) {
        int shown = year;
        return new ServiceLazyModel<>(q -> service.countMembers(currentUser.get(), unitId, q), q -> {
            List<Member> page = service.findMembers(currentUser.get(), unitId, q);
            Map<Long, MemberClassification> found = service.memberClassifications(currentUser.get(), unitId, shown,
                    page.stream().map(Member::getId).toList());
            existing.putAll(found);
            found.forEach((member, c) -> choices.putIfAbsent(member, c.getProposedTitle().getId()));
            return page;
        });
    }

    // ----- the grassroots union -----

    public void proposeUnit() {
        Long version = own == null ? null : own.getVersion();
        UnitClassification saved = FormActions.run("proposalForm", "classification.changedByOther",
                () -> service.proposeUnit(currentUser.get(), year, titleId,
                points, note, version));
        if (saved != null) {
            Texts.info("classification.proposed", ClassificationService.yearLabel(year));
            own = saved;
        }
    }

    /** Sets every member of the table's current page to the bulk title (saved with the next "save"). */
    public void applyToPage() {
        if (bulkTitleId == null || members.getWrappedData() == null) {
            return;
        }
        for (Member member : members.getWrappedData()) {
            MemberClassification c = existing.get(member.getId());
            if (c == null || !c.isDecided()) {
                choices.put(member.getId(), bulkTitleId);
            }
        }
    }

    /** Sends the titles changed on any page, in one transaction. */
    public void saveMembers() {
        Map<Long, Long> changed = new HashMap<>();
        choices.forEach((member, title) -> {
            MemberClassification c = existing.get(member);
            if (title != null && (c == null || !c.isDecided() && !title.equals(c.getProposedTitle().getId()))) {
                changed.put(member, title);
            }
        });
        Integer saved = FormActions.run("membersForm", "classification.changedByOther",
                () -> service.proposeMembers(currentUser.get(), year, changed));
        if (saved != null) {
            Texts.info("classification.membersSaved", saved);
            existing.clear();
        }
    }

    // ----- the unit above -----

    public void open(UnitClassification classification) {
        selected = classification;
        unit = classification.getUnit().getId();
        decidedTitleId = classification.getDecidedTitle() != null ? classification.getDecidedTitle().getId()
                : classification.getProposedTitle().getId();
        decisionNote = classification.getDecisionNote();
        choices.clear();
        existing.clear();
        members = membersOf(unit);
    }

    public void close() {
        selected = null;
        unit = null;
    }

    public void decideUnit() {
        UnitClassification decided = FormActions.run("decisionForm", "classification.changedByOther",
                () -> service.decideUnit(currentUser.get(),
                selected.getId(), decidedTitleId, decisionNote, selected.getVersion()));
        if (decided != null) {
            Texts.info("classification.decided", decided.getUnit().getDisplayName());
            selected = decided;
        }
    }

    public void decideMembers() {
        Integer decided = FormActions.run("decisionForm", "classification.changedByOther",
                () -> service.decideMembersAsProposed(currentUser.get(), unit, year));
        if (decided != null) {
            Texts.info("classification.membersDecided", decided);
            existing.clear();
        }
    }

    /** How many of the union's members hold (or were proposed for) the title this year. */
    public long count(UnitClassification row, ClassificationTitle title) {
        return counts.getOrDefault(row.getUnit().getId(), Map.of()).getOrDefault(title.getId(), 0L);
    }

    public MemberClassification classificationOf(Member member) {
        return existing.get(member.getId());
    }


    // ----- page state -----

    public List<Integer> getYears() {
        int current = service.currentSchoolYear();
        List<Integer> years = new ArrayList<>();
        for (int y = current; y >= current - YEARS_BACK; y--) {
            years.add(y);
        }
        return years;
    }

    public String yearLabel(int y) {
        return ClassificationService.yearLabel(y);
    }

    public ClassificationStatus[] getStatuses() {
        return ClassificationStatus.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public boolean isParticipant() {
        return participant;
    }

    public boolean isSuperior() {
        return superior;
    }

    public boolean isMayManageTitles() {
        return mayManageTitles;
    }

    public List<ClassificationTitle> getUnitTitles() {
        return unitTitles;
    }

    public List<ClassificationTitle> getMemberTitles() {
        return memberTitles;
    }

    public UnitClassification getOwn() {
        return own;
    }

    public UnitClassification getSelected() {
        return selected;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getDecidedTitleId() {
        return decidedTitleId;
    }

    public void setDecidedTitleId(Long decidedTitleId) {
        this.decidedTitleId = decidedTitleId;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public Long getBulkTitleId() {
        return bulkTitleId;
    }

    public void setBulkTitleId(Long bulkTitleId) {
        this.bulkTitleId = bulkTitleId;
    }

    public ClassificationStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ClassificationStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Map<Long, Long> getChoices() {
        return choices;
    }

    public ServiceLazyModel<Member> getMembers() {
        return members;
    }

    public ServiceLazyModel<UnitClassification> getProposals() {
        return proposals;
    }
}
