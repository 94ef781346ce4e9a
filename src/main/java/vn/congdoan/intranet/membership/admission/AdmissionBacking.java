package vn.congdoan.intranet.membership.admission;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;

/**
 * The admissions page of a grassroots union ({@code /units/admissions.xhtml?unit=42}): applications in a lazy table,
 * a dialog to record them one person after another, and dialogs to admit or reject the selected ones.
 */
@Named
@ViewScoped
public class AdmissionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdmissionService admissions;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    private Long unitId;
    private OrgUnit unit;
    private ServiceLazyModel<AdmissionApplication> model;
    private List<String> groupLabels;
    private AdmissionApplication form;
    private List<AdmissionApplication> selected = new ArrayList<>();
    private LocalDate decidedOn;
    private String decisionRef;
    private String rejectReason;

    /** Loads the union named in the URL, or the viewer's own; the services refuse one outside their scope. */
    public void load() {
        Viewer viewer = currentUser.get();
        long id = unitId != null ? unitId : viewer.unitId();
        unit = units.getUnit(viewer, id);
        groupLabels = admissions.groupLabels(viewer, id);
        model = new ServiceLazyModel<>(q -> admissions.countApplications(currentUser.get(), id, q),
                q -> admissions.findApplications(currentUser.get(), id, q));
    }

    public void newApplication() {
        form = AdmissionApplication.draft(Formats.today());
    }

    /** Records the form; with {@code next}, keeps its group label and date for the next person of the group. */
    public void save(boolean next) {
        try {
            AdmissionApplication saved = admissions.record(currentUser.get(), unit.getId(), form);
            Texts.info("admissions.recorded", saved.getFullName());
            groupLabels = admissions.groupLabels(currentUser.get(), unit.getId());
            if (next) {
                AdmissionApplication following = AdmissionApplication.draft(form.getAppliedOn());
                following.setGroupLabel(form.getGroupLabel());
                form = following;
            }
        } catch (BusinessException refusal) {
            Texts.error(refusal, "applicationForm");
        }
    }

    /** Opens the decision dialogs with today as the date; refuses when nothing is selected. */
    public void prepareDecision() {
        if (selected == null || selected.isEmpty()) {
            Texts.error(new BusinessException("admission.noneSelected"), null);
            return;
        }
        decidedOn = Formats.today();
        decisionRef = null;
        rejectReason = null;
    }

    public void admit() {
        try {
            List<Member> admitted = admissions.admit(currentUser.get(), selectedIds(), decidedOn, decisionRef);
            Texts.info("admissions.admitted", admitted.size(), admitted.get(0).getCardNumber(),
                    admitted.get(admitted.size() - 1).getCardNumber());
            selected = new ArrayList<>();
        } catch (BusinessException refusal) {
            Texts.error(refusal, "admitForm");
        }
    }

    public void reject() {
        try {
            admissions.reject(currentUser.get(), selectedIds(), decidedOn, rejectReason);
            Texts.info("admissions.rejected", selected.size());
            selected = new ArrayList<>();
        } catch (BusinessException refusal) {
            Texts.error(refusal, "rejectForm");
        }
    }

    private List<Long> selectedIds() {
        return selected == null ? List.of() : selected.stream().map(AdmissionApplication::getId).toList();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ServiceLazyModel<AdmissionApplication> getModel() {
        return model;
    }

    public List<String> getGroupLabels() {
        return groupLabels;
    }

    /** Labels of earlier groups that start with what was typed, to reuse one. */
    public List<String> completeGroupLabel(String text) {
        String typed = text == null ? "" : text.trim().toLowerCase();
        return groupLabels.stream().filter(l -> l.toLowerCase().contains(typed)).limit(10).toList();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public AdmissionApplication getForm() {
        return form;
    }

    public List<AdmissionApplication> getSelected() {
        return selected;
    }

    public void setSelected(List<AdmissionApplication> selected) {
        this.selected = selected;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public void setDecisionRef(String decisionRef) {
        this.decisionRef = decisionRef;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public LocalDate getToday() {
        return Formats.today();
    }
}
