package vn.congdoan.intranet.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NumberCounter;

/**
 * The one place a member's union changes: joining, moving between unions and leaving each close and open
 * {@link MembershipPeriod}s, so a member's history and the quarterly movements always agree with the member record.
 * Callers (admissions, transfers, restructuring, import) check the viewer's rights; this class keeps the records.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MemberLifecycle {

    @PersistenceContext
    EntityManager em;

    protected MemberLifecycle() {
    }

    /** For code outside the container that owns its transaction: the demo generator and the tests. */
    public MemberLifecycle(EntityManager em) {
        this.em = em;
    }

    /**
     * Persists a new member with their first period in their union. Members without a card number get the next
     * numbers of the system-wide counter; see {@link #issueCards}.
     */
    public Member join(Member member, LocalDate on, MovementKind kind) {
        em.persist(member);
        em.persist(new MembershipPeriod(member, member.getUnit(), on, kind, null));
        return member;
    }

    /**
     * Gives each member without a card the next number of the system-wide counter, issued on the given day. One
     * counter row, locked until the transaction ends, so concurrent admissions never share a number.
     */
    public void issueCards(List<Member> members, LocalDate issuedOn) {
        List<Member> without = members.stream().filter(m -> m.getCardNumber() == null).toList();
        if (without.isEmpty()) {
            return;
        }
        long next = NumberCounter.reserve(em, NumberCounter.MEMBER_CARD, without.size());
        for (Member member : without) {
            member.issueCard(String.format("%012d", next++), issuedOn);
        }
    }

    /** Moves an active member to another union from the given day; the period in the old union ends that day. */
    public void move(Member member, OrgUnit to, LocalDate on, MovementKind kind, Long restructuringId) {
        if (member.getUnit().equals(to)) {
            return;
        }
        closeOpenPeriod(member, on, kind);
        member.placeIn(to);
        member.markStatus(MemberStatus.ACTIVE);
        em.persist(new MembershipPeriod(member, to, on, kind, restructuringId));
    }

    /** Ends a member's membership from the given day; the record stays, with the reason. */
    public void leave(Member member, LocalDate on, LeaveReason reason) {
        closeOpenPeriod(member, on, MovementKind.LEAVE);
        member.markLeft(on, reason);
    }

    /** Marks an active member as leaving on a transfer that the receiving union has not accepted yet. */
    public void markTransferring(Member member, boolean transferring) {
        member.markStatus(transferring ? MemberStatus.TRANSFERRED : MemberStatus.ACTIVE);
    }

    /** The member's periods, oldest first. */
    public List<MembershipPeriod> history(Member member) {
        return em.createNamedQuery("MembershipPeriod.ofMember", MembershipPeriod.class)
                .setParameter("memberId", member.getId()).getResultList();
    }

    private void closeOpenPeriod(Member member, LocalDate on, MovementKind kind) {
        if (member.getStatus() == MemberStatus.ENDED) {
            throw new BusinessException("member.alreadyLeft", member.getFullName());
        }
        List<MembershipPeriod> open = em.createNamedQuery("MembershipPeriod.open", MembershipPeriod.class)
                .setParameter("memberId", member.getId()).getResultList();
        for (MembershipPeriod period : open) {
            if (on.isBefore(period.getValidFrom())) {
                throw new BusinessException("member.dateBeforePeriod", member.getFullName(),
                        Formats.day(period.getValidFrom()));
            }
            period.close(on, kind);
        }
    }
}
