package vn.congdoan.intranet.welfare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.Texts;
import vn.congdoan.intranet.welfare.document.WelfareDocument;
import vn.congdoan.intranet.welfare.document.WelfareDocumentService;

/**
 * A welfare case read-only ({@code /welfare/view.xhtml?id=42}) with its documents and history, and the actions the
 * viewer may take now: submit a draft, approve or reject, pay. Each action names the version shown, so someone
 * else's action in between refuses it; after it the page reloads. The description and the documents are there only
 * for those the privacy rule lets read them.
 */
@Named
@ViewScoped
public class WelfareCaseViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WelfareService welfare;

    @Inject
    WelfareDocumentService documentService;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private WelfareCaseView view;
    private long version;
    private List<WelfareCaseEvent> history;
    private List<WelfareDocument> documents = List.of();
    private String approveComment;
    private String rejectComment;
    private String overdraftReason;
    private boolean overdraftAsked;

    public void load() {
        Viewer viewer = currentUser.get();
        view = welfare.getCase(viewer, id == null ? -1 : id);
        version = view.getCase().getVersion();
        history = welfare.history(viewer, id);
        if (view.isDescriptionVisible()) {
            documents = documentService.list(viewer, id);
        }
    }

    public String submit() {
        WelfareCase done = WelfareActions.run("actionsForm", Set.of(),
                () -> welfare.submit(currentUser.get(), id, version));
        return done == null ? null : reload("welfare.case.submittedTo", done.getApproverUnit().getName());
    }

    public String approve() {
        WelfareCase done = WelfareActions.run("approveForm", Set.of("approveComment"),
                () -> welfare.approve(currentUser.get(), id, version, approveComment));
        return done == null ? null : reload("welfare.case.approvedDone", done.getMember().getFullName());
    }

    public String reject() {
        WelfareCase done = WelfareActions.run("rejectForm", Set.of("rejectComment"),
                () -> welfare.reject(currentUser.get(), id, version, rejectComment));
        return done == null ? null : reload("welfare.case.rejectedDone", done.getMember().getFullName());
    }

    /**
     * Pays the case. When the fund cannot cover it the service's overdraft message shows and the dialog asks for the
     * reason; paying again with a reason records the overdraft.
     */
    public String pay() {
        WelfareCase done = WelfareActions.run("payForm", Set.of("overdraftReason"),
                () -> welfare.pay(currentUser.get(), id, version, overdraftReason),
                refusal -> overdraftAsked |= "welfare.pay.overdraft".equals(refusal.getMessageKey()));
        return done == null ? null : reload("welfare.case.paidDone", done.getMember().getFullName());
    }

    private String reload(String messageKey, Object argument) {
        Faces.getFlash().setKeepMessages(true);
        Texts.info(messageKey, argument);
        return "/welfare/view?faces-redirect=true&id=" + id;
    }

    public boolean isMayEdit() {
        return WelfareRules.mayEdit(currentUser.get(), view.getCase());
    }

    public boolean isMayDecide() {
        return WelfareRules.mayDecide(currentUser.get(), view.getCase());
    }

    public boolean isMayPay() {
        return WelfareRules.mayPay(currentUser.get(), view.getCase());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WelfareCaseView getView() {
        return view;
    }

    public WelfareCase getWelfareCase() {
        return view == null ? null : view.getCase();
    }

    public long getVersion() {
        return version;
    }

    public List<WelfareCaseEvent> getHistory() {
        return history;
    }

    public List<WelfareDocument> getDocuments() {
        return documents;
    }

    public String getApproveComment() {
        return approveComment;
    }

    public void setApproveComment(String approveComment) {
        this.approveComment = approveComment;
    }

    public String getRejectComment() {
        return rejectComment;
    }

    public void setRejectComment(String rejectComment) {
        this.rejectComment = rejectComment;
    }

    public String getOverdraftReason() {
        return overdraftReason;
    }

    public void setOverdraftReason(String overdraftReason) {
        this.overdraftReason = overdraftReason;
    }

    public boolean isOverdraftAsked() {
        return overdraftAsked;
    }
}
