package vn.congdoan.intranet.welfare.concern;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;
import vn.congdoan.intranet.welfare.WelfareService;

/**
 * The concerns raised to the officer's own union ({@code /welfare/concerns.xhtml}): a lazy list filtered by status,
 * an answer dialog that carries the version the officer read, and a link to take a concern up as a case.
 */
@Named
@ViewScoped
public class ConcernListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernService concerns;

    @Inject
    CurrentUser currentUser;

    private ServiceLazyModel<MemberConcern> model;
    private ConcernStatus status = ConcernStatus.OPEN;
    private MemberConcern selected;
    private long selectedVersion;
    private String answer;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(q -> (int) concerns.countUnionConcerns(currentUser.get(),
                q.value("status", ConcernStatus.class)), q -> concerns.unionConcerns(currentUser.get(), q));
        applyFilter();
    }

    public void applyFilter() {
        model.getFilters().put("status", status);
    }

    /** Opens the answer dialog on a concern as the list showed it (its version included). */
    public void select(MemberConcern concern) {
        selected = concern;
        selectedVersion = concern.getVersion();
        answer = null;
    }

    public void sendAnswer() {
        if (selected == null) {
            return;
        }
        long id = selected.getId();
        if (FormActions.run("answerForm", WelfareService.CHANGED_BY_OTHER,
                () -> concerns.answer(currentUser.get(), id, selectedVersion,
                answer)) != null) {
            Texts.info("welfare.concerns.answered", selected.getMember().getFullName());
            selected = null;
        }
    }

    public ConcernStatus[] getStatuses() {
        return ConcernStatus.values();
    }

    public ServiceLazyModel<MemberConcern> getModel() {
        return model;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public void setStatus(ConcernStatus status) {
        this.status = status;
    }

    public MemberConcern getSelected() {
        return selected;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
