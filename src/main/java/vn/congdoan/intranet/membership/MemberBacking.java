package vn.congdoan.intranet.membership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.congdoan.intranet.security.CurrentUser;

/**
 * One member's record: {@code /members/view.xhtml?id=7} for officers within scope, {@code /me/profile.xhtml} for
 * the member themself.
 */
@Named
@RequestScoped
public class MemberBacking {

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Member member;

    public void load() {
        member = members.getMember(currentUser.get(), id == null ? -1 : id);
    }

    public void loadOwn() {
        member = members.ownRecord(currentUser.get()).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Member getMember() {
        return member;
    }
}
