package vn.congdoan.intranet.welfare.concern;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Texts;
import vn.congdoan.intranet.welfare.WelfareCaseView;
import vn.congdoan.intranet.welfare.WelfareService;

/**
 * The member's own welfare page ({@code /welfare/mine.xhtml}): the support their union gave them, their concerns
 * with the answers, and a form to raise a new one. Everything comes from the member's own record, never a colleague's.
 */
@Named
@ViewScoped
public class MyWelfareBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernService concerns;

    @Inject
    CurrentUser currentUser;

    private List<WelfareCaseView> cases;
    private List<MemberConcern> myConcerns;
    private String subject;
    private String body;

    @PostConstruct
    void load() {
        Viewer viewer = currentUser.get();
        cases = concerns.myCases(viewer);
        myConcerns = concerns.myConcerns(viewer);
    }

    public void raise() {
        if (FormActions.run("raiseForm", WelfareService.CHANGED_BY_OTHER,
                () -> concerns.raise(currentUser.get(), subject, body)) != null) {
            Texts.info("welfare.concerns.raised");
            subject = null;
            body = null;
            myConcerns = concerns.myConcerns(currentUser.get());
        }
    }

    public List<WelfareCaseView> getCases() {
        return cases;
    }

    public List<MemberConcern> getMyConcerns() {
        return myConcerns;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
