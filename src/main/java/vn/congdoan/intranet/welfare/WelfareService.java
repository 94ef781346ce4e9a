package vn.congdoan.intranet.welfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.notification.NotificationService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Welfare cases. The officers of a member's union open a draft, submit it (it goes to the unit that may approve its
 * amount, see {@link WelfareRouting}), and once it is approved pay it from their fund of the payment year, which
 * writes the expense line in the same transaction. Approvers decide what is routed to their unit or below it; a
 * rejection needs a comment. Every step is a {@link WelfareCaseEvent}. Every write names the version the page loaded
 * ({@code welfare.changedByOther} when someone acted in between). The description is private: see
 * {@link WelfareRules#mayReadDescription}; pages read cases only as {@link WelfareCaseView}.
 */
@ApplicationScoped
@Transactional
public class WelfareService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FundService funds;

    @Inject
    NotificationService notifications;

    protected WelfareService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public WelfareService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.funds = new FundService(em, clock);
        this.notifications = new NotificationService(em, clock);
    }

    // ----- reading -----

    /** The case as the viewer may see it, the description only for those on its route. */
    public WelfareCaseView getCase(Viewer viewer, long id) {
        WelfareCase welfareCase = readable(viewer, id);
        return new WelfareCaseView(welfareCase, WelfareRules.mayReadDescription(viewer, welfareCase));
    }

    /** The draft's form, description included, for its own union's officers. */
    public WelfareCaseForm formOf(Viewer viewer, long id) {
        WelfareCase welfareCase = readable(viewer, id);
        if (!WelfareRules.mayEdit(viewer, welfareCase)) {
            throw new BusinessException("welfare.notEditable");
        }
        return WelfareCaseForm.of(welfareCase, welfareCase.getDescription());
    }

    /** The case's steps, newest first. */
    public List<WelfareCaseEvent> history(Viewer viewer, long id) {
        WelfareCase welfareCase = readable(viewer, id);
        return em.createQuery("SELECT e FROM WelfareCaseEvent e JOIN FETCH e.actorUnit WHERE e.welfareCase = :c"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", WelfareCaseEvent.class)
                .setParameter("c", welfareCase).getResultList();
    }

    /** The unit that would have to approve this amount of this kind for the viewer's union (shown on the form). */
    public OrgUnit approverFor(Viewer viewer, long amount, WelfareKind kind) {
        viewer.require(Permission.MANAGE_WELFARE);
        return route(em.find(OrgUnit.class, viewer.unitId()), amount, kind);
    }

    // ----- the officer of the member's union -----

    /** Opens a draft case for a member of the viewer's own union. */
    public WelfareCase open(Viewer viewer, WelfareCaseForm form) {
        viewer.require(Permission.MANAGE_WELFARE);
        Member member = checkedMember(viewer, form);
        check(form);
        Instant now = clock.instant();
        WelfareCase welfareCase = new WelfareCase(member.getUnit(), member, viewer.username(), now);
        fill(welfareCase, form);
        em.persist(welfareCase);
        record(viewer, welfareCase, WelfareEventKind.CREATED, null);
        em.flush();
        return welfareCase;
    }

    /** Changes a draft. The member cannot change: a case for someone else is a new case. */
    public WelfareCase edit(Viewer viewer, long id, WelfareCaseForm form, long expectedVersion) {
        WelfareCase welfareCase = forChange(viewer, id, expectedVersion);
        if (!WelfareRules.mayEdit(viewer, welfareCase)) {
            throw new BusinessException("welfare.notEditable");
        }
        check(form);
        fill(welfareCase, form);
        record(viewer, welfareCase, WelfareEventKind.EDITED, null);
        em.flush();
        return welfareCase;
    }

    /**
     * Sends the draft to the unit that may approve its amount (its own union when within its limit). A unit above
     * is notified in the same transaction; a union deciding its own case needs no notice.
     */
    public WelfareCase submit(Viewer viewer, long id, long expectedVersion) {
        WelfareCase welfareCase = forChange(viewer, id, expectedVersion);
        if (!WelfareRules.mayEdit(viewer, welfareCase)) {
            throw new BusinessException("welfare.notEditable");
        }
        return send(viewer, welfareCase);
    }

    /** The form's "Trình duyệt": saves the draft as typed and submits it, both or neither. */
    public WelfareCase submit(Viewer viewer, long id, WelfareCaseForm form, long expectedVersion) {
        return send(viewer, edit(viewer, id, form, expectedVersion));
    }

    private WelfareCase send(Viewer viewer, WelfareCase welfareCase) {
        OrgUnit approver = route(welfareCase.getUnit(), welfareCase.getAmount(), welfareCase.getKind());
        welfareCase.submit(approver, clock.instant());
        record(viewer, welfareCase, WelfareEventKind.SUBMITTED, null);
        em.flush();
        if (!approver.getId().equals(welfareCase.getUnit().getId())) {
            notifications.notifyUnit(approver.getId(), Permission.APPROVE_WELFARE, "WELFARE_SUBMITTED",
                    "notification.welfareSubmitted", List.of(welfareCase.getUnit().getName(),
                            welfareCase.getMember().getFullName(), new Formats().number(welfareCase.getAmount())),
                    viewLink(welfareCase), null);
        }
        return welfareCase;
    }

    /**
     * Pays an approved case from the union's fund of the payment year: the expense line is written in the same
     * transaction. The fund row is locked first, so two payments on one fund check the balance one after the other;
     * a payment beyond the balance needs the officer's reason for the overdraft.
     */
    public WelfareCase pay(Viewer viewer, long id, long expectedVersion, String overdraftReason) {
        WelfareCase welfareCase = forChange(viewer, id, expectedVersion);
        if (!WelfareRules.isOwnOfficer(viewer, welfareCase)) {
            throw new AccessDeniedException(viewer.username() + " may not pay case " + id);
        }
        if (welfareCase.getStatus() != WelfareStatus.APPROVED) {
            throw new BusinessException("welfare.pay.notApproved");
        }
        String reason = trimmed(overdraftReason);
        if (reason != null && reason.length() > WelfareCase.OVERDRAFT_REASON_MAX) {
            throw BusinessException.onField("overdraftReason", "welfare.pay.reasonTooLong",
                    WelfareCase.OVERDRAFT_REASON_MAX);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Formats.ZONE);
        String usedReason = null;
        if (welfareCase.getAmount() > 0) {
            WelfareFund unlocked = funds.findFund(welfareCase.getUnit().getId(), today.getYear());
            if (unlocked == null) {
                throw BusinessException.onField("fund", "welfare.pay.noFund", String.valueOf(today.getYear()));
            }
            WelfareFund fund = em.find(WelfareFund.class, unlocked.getId(), LockModeType.PESSIMISTIC_WRITE);
            long balance = funds.balanceOf(fund);
            if (balance < welfareCase.getAmount()) {
                if (reason == null) {
                    throw BusinessException.onField("overdraftReason", "welfare.pay.overdraft", balance,
                            welfareCase.getAmount());
                }
                usedReason = reason;
            }
            em.persist(new WelfareFundLine(fund, FundLineKind.EXPENSE, today, welfareCase.getAmount(),
                    expenseText(welfareCase), welfareCase, viewer.username(), now));
        }
        welfareCase.pay(viewer.username(), now, usedReason);
        record(viewer, welfareCase, WelfareEventKind.PAID, usedReason);
        em.flush();
        return welfareCase;
    }

    // ----- the approver -----

    public WelfareCase approve(Viewer viewer, long id, long expectedVersion, String comment) {
        WelfareCase welfareCase = forDecision(viewer, id, expectedVersion);
        String text = comment("approveComment", comment);
        welfareCase.approve(viewer.username(), em.getReference(OrgUnit.class, viewer.unitId()), clock.instant());
        record(viewer, welfareCase, WelfareEventKind.APPROVED, text);
        em.flush();
        notifyDecision(viewer, welfareCase, "WELFARE_APPROVED", "notification.welfareApproved");
        return welfareCase;
    }

    /** Refuses the case; the reason is required and shown to the member's union. */
    public WelfareCase reject(Viewer viewer, long id, long expectedVersion, String comment) {
        WelfareCase welfareCase = forDecision(viewer, id, expectedVersion);
        String text = comment("rejectComment", comment);
        if (text == null) {
            throw BusinessException.onField("rejectComment", "welfare.reject.commentRequired");
        }
        welfareCase.reject(viewer.username(), em.getReference(OrgUnit.class, viewer.unitId()), clock.instant());
        record(viewer, welfareCase, WelfareEventKind.REJECTED, text);
        em.flush();
        notifyDecision(viewer, welfareCase, "WELFARE_REJECTED", "notification.welfareRejected");
        return welfareCase;
    }

    // ----- rules and helpers -----

    /** The unit that must approve: the first on the way up from the union whose limit covers the amount. */
    OrgUnit route(OrgUnit unit, long amount, WelfareKind kind) {
        List<OrgUnit> chain = new ArrayList<>();
        for (OrgUnit u = unit; u != null; u = u.getParent()) {
            chain.add(u);
        }
        List<WelfareRouting.RouteUnit> steps = chain.stream()
                .map(u -> new WelfareRouting.RouteUnit(u.getId(), u.getLevel().getCode())).toList();
        WelfareRouting.RouteUnit approver = routing().approver(amount, kind, steps);
        return chain.get(steps.indexOf(approver));
    }

    WelfareRouting routing() {
        return new WelfareRouting(em.createQuery("SELECT l FROM WelfareLimit l", WelfareLimit.class)
                .getResultStream()
                .map(l -> new WelfareRouting.Limit(l.getUnitLevelCode(), l.getCaseKind(), l.getMaxAmount()))
                .toList());
    }

    private WelfareCase readable(Viewer viewer, long id) {
        if (!viewer.can(Permission.MANAGE_WELFARE) && !viewer.can(Permission.APPROVE_WELFARE)) {
            throw new AccessDeniedException(viewer.username() + " may not read welfare cases");
        }
        WelfareCase welfareCase = find(id);
        if (!WelfareRules.mayRead(viewer, welfareCase)) {
            throw new AccessDeniedException(viewer.username() + " may not read welfare case " + id);
        }
        return welfareCase;
    }

    private WelfareCase forChange(Viewer viewer, long id, long expectedVersion) {
        WelfareCase welfareCase = readable(viewer, id);
        if (welfareCase.getVersion() != expectedVersion) {
            throw new BusinessException("welfare.changedByOther");
        }
        return welfareCase;
    }

    private WelfareCase forDecision(Viewer viewer, long id, long expectedVersion) {
        WelfareCase welfareCase = forChange(viewer, id, expectedVersion);
        if (welfareCase.getStatus() != WelfareStatus.SUBMITTED) {
            throw new BusinessException("welfare.notSubmitted");
        }
        if (!WelfareRules.mayDecide(viewer, welfareCase)) {
            throw new AccessDeniedException(viewer.username() + " may not decide welfare case " + id);
        }
        return welfareCase;
    }

    private Member checkedMember(Viewer viewer, WelfareCaseForm form) {
        if (form.getMemberId() == null) {
            throw BusinessException.onField("member", "welfare.member.required");
        }
        Member member = em.find(Member.class, form.getMemberId());
        if (member == null || member.getUnit().getId() != viewer.unitId()) {
            throw BusinessException.onField("member", "welfare.member.notInUnion");
        }
        return member;
    }

    /** The field rules of a case, checked before anything changes so nothing typed is lost. */
    void check(WelfareCaseForm form) {
        if (form.getKind() == null) {
            throw BusinessException.onField("kind", "welfare.kind.required");
        }
        if (form.getOccurredOn() == null) {
            throw BusinessException.onField("occurredOn", "welfare.occurredOn.required");
        }
        if (form.getOccurredOn().isAfter(LocalDate.ofInstant(clock.instant(), Formats.ZONE))) {
            throw BusinessException.onField("occurredOn", "welfare.occurredOn.future");
        }
        long amount = form.getAmount() == null ? 0 : form.getAmount();
        if (amount < 0) {
            throw BusinessException.onField("amount", "welfare.amount.negative");
        }
        String gifts = trimmed(form.getGifts());
        if (amount == 0 && gifts == null) {
            throw BusinessException.onField("amount", "welfare.amount.nothingGiven");
        }
        if (gifts != null && gifts.length() > WelfareCase.GIFTS_MAX) {
            throw BusinessException.onField("gifts", "welfare.gifts.tooLong", WelfareCase.GIFTS_MAX);
        }
        String description = trimmed(form.getDescription());
        if (description != null && description.length() > WelfareCase.DESCRIPTION_MAX) {
            throw BusinessException.onField("description", "welfare.description.tooLong",
                    WelfareCase.DESCRIPTION_MAX);
        }
    }

    private static void fill(WelfareCase welfareCase, WelfareCaseForm form) {
        welfareCase.fill(form.getKind(), form.getOccurredOn(), trimmed(form.getDescription()),
                form.getAmount() == null ? 0 : form.getAmount(), trimmed(form.getGifts()));
    }

    private static String comment(String field, String text) {
        String trimmed = trimmed(text);
        if (trimmed != null && trimmed.length() > WelfareCaseEvent.COMMENT_MAX) {
            throw BusinessException.onField(field, "welfare.comment.tooLong", WelfareCaseEvent.COMMENT_MAX);
        }
        return trimmed;
    }

    /** The expense line names the case and its kind, never the private description. */
    private static String expenseText(WelfareCase welfareCase) {
        return "#" + welfareCase.getId() + " " + welfareCase.getKind().name() + " – "
                + welfareCase.getMember().getFullName();
    }

    /** The member's union learns the decision; its officers open the case from the notice. */
    private void notifyDecision(Viewer viewer, WelfareCase welfareCase, String kind, String messageKey) {
        notifications.notifyUnit(welfareCase.getUnit().getId(), Permission.MANAGE_WELFARE, kind, messageKey,
                List.of(welfareCase.getMember().getFullName(), em.find(OrgUnit.class, viewer.unitId()).getName()),
                viewLink(welfareCase), null);
    }

    private static String viewLink(WelfareCase welfareCase) {
        return "/welfare/view.xhtml?id=" + welfareCase.getId();
    }

    private void record(Viewer viewer, WelfareCase welfareCase, WelfareEventKind kind, String comment) {
        em.persist(new WelfareCaseEvent(welfareCase, kind, clock.instant(), viewer.username(), viewer.displayName(),
                em.getReference(OrgUnit.class, viewer.unitId()), comment));
    }

    private WelfareCase find(long id) {
        WelfareCase welfareCase = em.find(WelfareCase.class, id);
        if (welfareCase == null) {
            throw new NotFoundException("no welfare case " + id);
        }
        return welfareCase;
    }

    static String trimmed(String text) {
        return TextNormalizer.isBlank(text) ? null : text.trim();
    }
}
