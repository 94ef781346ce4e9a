package vn.congdoan.intranet.membership.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.congdoan.intranet.membership.LeaveReason;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MembershipPeriod;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;

/** Ends the membership of an active member of a union the viewer manages, with a reason and a date. */
@ApplicationScoped
@Transactional
public class LeavingService {

    @Inject
    MemberService members;

    @Inject
    MemberLifecycle lifecycle;

    /**
     * The member stops being a member from the given day (their last day is the day before); the record stays with
     * the reason. Refused while a transfer of the member is pending: it must be cancelled first.
     */
    public Member leave(Viewer viewer, long memberId, LocalDate on, LeaveReason reason) {
        viewer.require(Permission.MANAGE_MEMBERS);
        Member member = members.getMember(viewer, memberId);
        if (!viewer.scope().covers(member.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not manage member " + memberId);
        }
        if (member.getStatus() == MemberStatus.TRANSFERRED) {
            throw new BusinessException("leave.transferPending", member.getFullName());
        }
        if (member.getStatus() == MemberStatus.ENDED) {
            throw new BusinessException("member.alreadyLeft", member.getFullName());
        }
        if (reason == null) {
            throw BusinessException.onField("leaveReason", "leave.reason.required");
        }
        if (on == null || on.isAfter(Formats.today())) {
            throw BusinessException.onField("leftOn", "leave.date.invalid", Formats.day(Formats.today()));
        }
        LocalDate since = lifecycle.history(member).stream().filter(p -> p.getValidTo() == null)
                .map(MembershipPeriod::getValidFrom).findFirst().orElse(member.getJoinedOn());
        if (on.isBefore(since)) {
            throw BusinessException.onField("leftOn", "leave.date.beforePeriod", Formats.day(since));
        }
        lifecycle.leave(member, on, reason);
        return member;
    }
}
