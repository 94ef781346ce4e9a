package vn.congdoan.intranet.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.ServiceLazyModel;
import vn.congdoan.intranet.shared.Texts;

/**
 * The administrator's account list ({@code /admin/accounts.xhtml}): create and edit in a dialog, deactivate,
 * unlock, and reset a password (the new one is shown once).
 */
@Named
@ViewScoped
public class AccountAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    OrgUnitService units;

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    private Viewer viewer;
    private ServiceLazyModel<UserAccount> model;
    private UserAccount edited;
    private OrgUnit unit;
    private Member member;
    private String initialPassword;
    private String issuedPassword;

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        model = new ServiceLazyModel<>(q -> accounts.countAccounts(viewer, q), q -> accounts.findAccounts(viewer, q));
    }

    public void create() {
        edited = UserAccount.draft();
        unit = null;
        member = null;
        initialPassword = null;
    }

    public void edit(UserAccount row) {
        edited = accounts.getAccount(viewer, row.getId());
        unit = edited.getUnit();
        member = edited.getMember();
    }

    public void save() {
        try {
            Long memberId = member == null ? null : member.getId();
            if (edited.isNew()) {
                accounts.create(viewer, edited, unit.getId(), memberId, initialPassword.toCharArray());
            } else {
                accounts.update(viewer, edited.getId(), edited, unit.getId(), memberId);
            }
            Texts.info("account.saved", edited.getUsername());
        } catch (BusinessException refusal) {
            Texts.error(refusal, "accountForm");
        } finally {
            initialPassword = null;
        }
    }

    public void setActive(UserAccount row, boolean active) {
        try {
            accounts.setActive(viewer, row.getId(), active);
            Texts.info(active ? "account.activated" : "account.deactivated", row.getUsername());
        } catch (BusinessException refusal) {
            Texts.error(refusal, null);
        }
    }

    public void unlock(UserAccount row) {
        accounts.unlock(viewer, row.getId());
        Texts.info("account.unlocked", row.getUsername());
    }

    public void resetPassword(UserAccount row) {
        issuedPassword = new String(accounts.resetPassword(viewer, row.getId()));
        edited = row;
    }

    /** The password issued by the last reset, shown in its dialog until the dialog is closed. */
    public String getIssuedPassword() {
        return issuedPassword;
    }

    public void forgetIssuedPassword() {
        issuedPassword = null;
    }

    public List<OrgUnit> completeUnit(String text) {
        return units.searchUnits(viewer, text, 15);
    }

    public List<Member> completeMember(String text) {
        return unit == null ? List.of() : members.searchMembers(viewer, unit.getId(), text, 15);
    }

    public boolean isLocked(UserAccount row) {
        return row.isLockedAt(java.time.Instant.now());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public ServiceLazyModel<UserAccount> getModel() {
        return model;
    }

    public UserAccount getEdited() {
        return edited;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(OrgUnit unit) {
        this.unit = unit;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
