package vn.congdoan.intranet.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberStatus;
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
 * Awards from nomination to decision. A unit grants its own kinds at once (with its decision); for a higher kind it
 * nominates a member of a union in its scope or a unit in its scope, the nomination waits at its superior, each level
 * endorses (forwards to its own superior) or rejects with a reason, and the issuer decides with number, date and
 * signer or rejects; national awards are recorded by the provincial federation with the outside decision. The issuer
 * alone revokes. Every step is an {@link AwardEvent}; every write names the version the page showed
 * ({@code award.changedByOther} when someone acted in between). The unit it now waits at is notified, and the
 * nominating unit learns the decision or the rejection.
 */
@ApplicationScoped
@Transactional
public class AwardService {

    /** How many school years back a nomination or a recorded decision may go. */
    public static final int YEARS_BACK = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    protected AwardService() {
    }

    /** For code outside the container that owns its transaction (tests). */
    public AwardService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.notifications = new NotificationService(em, clock);
    }

    // ----- reference data -----

    /** The active award types, lowest rank first. */
    public List<AwardType> types() {
        return em.createQuery("SELECT t FROM AwardType t WHERE t.active = TRUE ORDER BY t.rankOrder", AwardType.class)
                .getResultList();
    }

    public AwardType type(long id) {
        AwardType type = em.find(AwardType.class, id);
        if (type == null) {
            throw new NotFoundException("no award type " + id);
        }
        return type;
    }

    /** The school year of today (stored as its first calendar year: September 2026 to August 2027 is 2026). */
    public int currentSchoolYear() {
        return schoolYearOf(LocalDate.ofInstant(clock.instant(), Formats.ZONE));
    }

    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    /** The years a nomination may name, newest first. */
    public List<Integer> schoolYears() {
        int current = currentSchoolYear();
        List<Integer> years = new ArrayList<>();
        for (int back = 0; back <= YEARS_BACK; back++) {
            years.add(current - back);
        }
        return years;
    }

    // ----- reading -----

    public Award get(Viewer viewer, long id) {
        Award award = em.find(Award.class, id);
        if (award == null) {
            throw new NotFoundException("no award " + id);
        }
        if (!AwardRules.mayRead(viewer, award)) {
            throw new AccessDeniedException(viewer.username() + " may not read award " + id);
        }
        return award;
    }

    /** The award's steps, oldest first: how it climbed. */
    public List<AwardEvent> history(Viewer viewer, long id) {
        Award award = get(viewer, id);
        return em.createQuery("SELECT e FROM AwardEvent e JOIN FETCH e.actorUnit WHERE e.award = :a"
                + " ORDER BY e.occurredAt, e.id", AwardEvent.class).setParameter("a", award).getResultList();
    }

    /** Where a nomination of this type for this recipient would go, for the form to say before it is sent. */
    public RoutePreview preview(Viewer viewer, long typeId, Long memberId, Long unitId) {
        requireOfficer(viewer);
        AwardType type = type(typeId);
        OrgUnit recipientUnit = unitId == null ? null : recipientUnit(viewer, unitId);
        Member member = memberId == null ? null : recipientMember(viewer, memberId);
        if (recipientUnit == null && member == null) {
            return null;
        }
        AwardRouting.Route route = route(type, member != null ? member.getUnit() : recipientUnit, member == null,
                own(viewer));
        return new RoutePreview(route.outcome(), route.issuerId() == null ? null
                : em.find(OrgUnit.class, route.issuerId()), route.waitingAtId() == null ? null
                : em.find(OrgUnit.class, route.waitingAtId()));
    }

    /** The form's line under the type: what happens when it is sent, and which unit issues the award. */
    public record RoutePreview(AwardRouting.Outcome outcome, OrgUnit issuer, OrgUnit firstStop) {
        public boolean isDecideNow() {
            return outcome == AwardRouting.Outcome.DECIDE_NOW;
        }

        public boolean isRefused() {
            return outcome == AwardRouting.Outcome.NO_ISSUER || outcome == AwardRouting.Outcome.NOT_ABOVE;
        }
    }

    // ----- the nominating unit -----

    /**
     * Nominates (or, for a kind the viewer's unit issues, grants at once with the form's decision). The recipient must
     * lie within the viewer's scope; a once-per-person award already granted or pending for the member is refused.
     */
    public Award nominate(Viewer viewer, NominationForm form) {
        requireOfficer(viewer);
        if (form.getTypeId() == null) {
            throw BusinessException.onField("type", "award.type.required");
        }
        AwardType type = type(form.getTypeId());
        if (!type.isActive()) {
            throw BusinessException.onField("type", "award.type.required");
        }
        boolean individual = form.getMemberId() != null;
        if (individual && !type.isForIndividuals()) {
            throw BusinessException.onField("member", "award.recipient.collectiveOnly");
        }
        if (!individual && form.getUnitId() != null && !type.isForCollectives()) {
            throw BusinessException.onField("unit", "award.recipient.individualOnly");
        }
        Member member = individual ? recipientMember(viewer, form.getMemberId()) : null;
        OrgUnit unit = individual || form.getUnitId() == null ? null : recipientUnit(viewer, form.getUnitId());
        if (member == null && unit == null) {
            throw BusinessException.onField(type.isForIndividuals() ? "member" : "unit", "award.recipient.required");
        }
        int year = checkedYear(form.getSchoolYear());
        String citation = trimmed(form.getCitation());
        if (citation == null) {
            throw BusinessException.onField("citation", "award.citation.required");
        }
        if (citation.length() > Award.CITATION_MAX) {
            throw BusinessException.onField("citation", "award.citation.tooLong", Award.CITATION_MAX);
        }
        if (member != null && type.isOncePerPerson()) {
            long already = em.createQuery("SELECT COUNT(a) FROM Award a WHERE a.type = :type"
                            + " AND a.recipientMember = :member AND a.status IN :held", Long.class)
                    .setParameter("type", type).setParameter("member", member)
                    .setParameter("held", List.of(AwardStatus.PENDING, AwardStatus.GRANTED)).getSingleResult();
            if (already > 0) {
                throw BusinessException.onField("member", "award.oncePerPerson", member.getFullName(),
                        type.getNameVi());
            }
        }
        OrgUnit nominator = own(viewer);
        OrgUnit recipientUnion = member != null ? member.getUnit() : unit;
        AwardRouting.Route route = route(type, recipientUnion, member == null, nominator);
        switch (route.outcome()) {
            case NO_ISSUER -> throw BusinessException.onField("type", "award.route.noIssuer");
            case NOT_ABOVE -> throw BusinessException.onField("type", "award.route.notAbove",
                    em.find(OrgUnit.class, route.issuerId()).getName());
            default -> { }
        }
        NominationForm.Decision decision = route.outcome() == AwardRouting.Outcome.DECIDE_NOW
                ? checkedDecision(form.decision()) : null;
        Instant now = clock.instant();
        OrgUnit issuer = em.find(OrgUnit.class, route.issuerId());
        OrgUnit waitingAt = route.waitingAtId() == null ? null : em.find(OrgUnit.class, route.waitingAtId());
        Award award = new Award(type, year, unit, member, member != null ? member.getFullName() : unit.getName(),
                recipientUnion.getPath(), nominator, issuer, waitingAt, citation, viewer.username(), now);
        em.persist(award);
        if (decision == null) {
            record(viewer, award, AwardEventKind.NOMINATED, null);
            em.flush();
            notifyWaiting(award);
        } else {
            award.grantAtOnce(decision.number(), decision.date(), decision.signer(), now);
            record(viewer, award, type.getIssuerTier() == IssuerTier.NATIONAL ? AwardEventKind.RECORDED
                    : AwardEventKind.GRANTED, decisionText(decision));
            em.flush();
        }
        return award;
    }

    // ----- the levels above -----

    /** Agrees and forwards the nomination to the superior of the viewer's unit, which is notified. */
    public Award endorse(Viewer viewer, long id, long expectedVersion, String comment) {
        Award award = forChange(viewer, id, expectedVersion);
        if (!AwardRules.mayEndorse(viewer, award)) {
            throw new AccessDeniedException(viewer.username() + " may not endorse award " + id);
        }
        String text = comment("endorseComment", comment);
        OrgUnit here = own(viewer);
        award.endorse(here, here.getParent());
        record(viewer, award, AwardEventKind.ENDORSED, text);
        em.flush();
        notifyWaiting(award);
        return award;
    }

    /** Turns the nomination down; the reason is required and shown to the nominating unit. */
    public Award reject(Viewer viewer, long id, long expectedVersion, String reason) {
        Award award = forChange(viewer, id, expectedVersion);
        if (!AwardRules.mayReject(viewer, award)) {
            throw new AccessDeniedException(viewer.username() + " may not reject award " + id);
        }
        String text = comment("rejectReason", reason);
        if (text == null) {
            throw BusinessException.onField("rejectReason", "award.reject.reasonRequired");
        }
        award.reject(own(viewer), clock.instant());
        record(viewer, award, AwardEventKind.REJECTED, text);
        em.flush();
        notifyNominator(viewer, award, "AWARD_REJECTED", "notification.awardRejected");
        return award;
    }

    /** The issuer's decision (a national award: the outside decision the province records). */
    public Award decide(Viewer viewer, long id, long expectedVersion, NominationForm.Decision decision) {
        Award award = forChange(viewer, id, expectedVersion);
        if (!AwardRules.mayDecide(viewer, award)) {
            throw new AccessDeniedException(viewer.username() + " may not decide award " + id);
        }
        NominationForm.Decision checked = checkedDecision(decision);
        award.decide(own(viewer), checked.number(), checked.date(), checked.signer(), clock.instant());
        record(viewer, award, award.getType().getIssuerTier() == IssuerTier.NATIONAL ? AwardEventKind.RECORDED
                : AwardEventKind.GRANTED, decisionText(checked));
        em.flush();
        notifyNominator(viewer, award, "AWARD_GRANTED", "notification.awardGranted");
        return award;
    }

    /** Withdraws a granted award (e.g. a false claim); the issuer only, with a reason. */
    public Award revoke(Viewer viewer, long id, long expectedVersion, String reason) {
        Award award = forChange(viewer, id, expectedVersion);
        if (!AwardRules.mayRevoke(viewer, award)) {
            throw new AccessDeniedException(viewer.username() + " may not revoke award " + id);
        }
        String text = trimmed(reason);
        if (text == null) {
            throw BusinessException.onField("revokeReason", "award.revoke.reasonRequired");
        }
        if (text.length() > Award.REASON_MAX) {
            throw BusinessException.onField("revokeReason", "award.comment.tooLong", Award.REASON_MAX);
        }
        award.revoke(own(viewer), text);
        record(viewer, award, AwardEventKind.REVOKED, text);
        em.flush();
        return award;
    }

    // ----- recipients within scope -----

    /** A member of a union within the viewer's scope, active (an award goes to someone still in the union). */
    public Member recipientMember(Viewer viewer, long id) {
        requireOfficer(viewer);
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("no member " + id);
        }
        if (!viewer.scope().covers(member.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not nominate member " + id);
        }
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw BusinessException.onField("member", "award.recipient.notActive", member.getFullName());
        }
        return member;
    }

    /** An active unit within the viewer's scope (their own included). */
    public OrgUnit recipientUnit(Viewer viewer, long id) {
        requireOfficer(viewer);
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new NotFoundException("no unit " + id);
        }
        if (!viewer.scope().covers(unit) || !unit.isActive()) {
            throw new AccessDeniedException(viewer.username() + " may not nominate unit " + id);
        }
        return unit;
    }

    // ----- rules and helpers -----

    AwardRouting.Route route(AwardType type, OrgUnit recipientUnion, boolean collective, OrgUnit nominator) {
        List<AwardRouting.Step> recipientChain = new ArrayList<>();
        for (OrgUnit u = recipientUnion; u != null; u = u.getParent()) {
            recipientChain.add(new AwardRouting.Step(u.getId(), u.getLevel().getCode(), u.getLevel().isGrassroots()));
        }
        List<Long> nominatorChain = new ArrayList<>();
        for (OrgUnit u = nominator; u != null; u = u.getParent()) {
            nominatorChain.add(u.getId());
        }
        return AwardRouting.route(type.getIssuerTier(), collective, recipientChain, nominatorChain);
    }

    private int checkedYear(Integer year) {
        if (year == null) {
            throw BusinessException.onField("schoolYear", "award.year.required");
        }
        int current = currentSchoolYear();
        if (year > current || year < current - YEARS_BACK) {
            throw BusinessException.onField("schoolYear", "award.year.outOfRange", current - YEARS_BACK, current);
        }
        return year;
    }

    private NominationForm.Decision checkedDecision(NominationForm.Decision decision) {
        String number = trimmed(decision == null ? null : decision.number());
        if (number == null) {
            throw BusinessException.onField("decisionNo", "award.decision.numberRequired");
        }
        if (number.length() > Award.DECISION_NO_MAX) {
            throw BusinessException.onField("decisionNo", "award.decision.numberTooLong", Award.DECISION_NO_MAX);
        }
        LocalDate date = decision.date();
        if (date == null) {
            throw BusinessException.onField("decisionDate", "award.decision.dateRequired");
        }
        if (date.isAfter(LocalDate.ofInstant(clock.instant(), Formats.ZONE))) {
            throw BusinessException.onField("decisionDate", "award.decision.dateFuture");
        }
        String signer = trimmed(decision.signer());
        if (signer == null) {
            throw BusinessException.onField("signer", "award.decision.signerRequired");
        }
        if (signer.length() > Award.SIGNER_MAX) {
            throw BusinessException.onField("signer", "award.decision.signerTooLong", Award.SIGNER_MAX);
        }
        return new NominationForm.Decision(number, date, signer);
    }

    private static String decisionText(NominationForm.Decision decision) {
        return decision.number() + " – " + Formats.day(decision.date()) + " – " + decision.signer();
    }

    private Award forChange(Viewer viewer, long id, long expectedVersion) {
        requireOfficer(viewer);
        Award award = get(viewer, id);
        if (award.getVersion() != expectedVersion) {
            throw new BusinessException("award.changedByOther");
        }
        return award;
    }

    private OrgUnit own(Viewer viewer) {
        return em.find(OrgUnit.class, viewer.unitId());
    }

    private static void requireOfficer(Viewer viewer) {
        if (!AwardRules.isOfficer(viewer)) {
            throw new AccessDeniedException(viewer.username() + " takes no part in emulation");
        }
    }

    private static String comment(String field, String text) {
        String trimmed = trimmed(text);
        if (trimmed != null && trimmed.length() > AwardEvent.COMMENT_MAX) {
            throw BusinessException.onField(field, "award.comment.tooLong", AwardEvent.COMMENT_MAX);
        }
        return trimmed;
    }

    /** The unit the nomination now waits at learns it; its officers open the award from the notice. */
    private void notifyWaiting(Award award) {
        OrgUnit waiting = award.getCurrentUnit();
        if (waiting == null) {
            return;
        }
        notifications.notifyUnit(waiting.getId(), permissionAt(waiting), "AWARD_WAITING",
                award.isAtIssuer() ? "notification.awardToDecide" : "notification.awardToEndorse",
                List.of(award.getNominatingUnit().getName(), award.getRecipientName(), award.getType().getNameVi()),
                link(award), null);
    }

    private void notifyNominator(Viewer viewer, Award award, String kind, String messageKey) {
        OrgUnit nominator = award.getNominatingUnit();
        if (nominator.getId() == viewer.unitId()) {
            return;
        }
        notifications.notifyUnit(nominator.getId(), permissionAt(nominator), kind, messageKey,
                List.of(award.getRecipientName(), award.getType().getNameVi(), own(viewer).getName()),
                link(award), null);
    }

    /** Grassroots officers take part in emulation; the officers of the units above run it. */
    private static Permission permissionAt(OrgUnit unit) {
        return unit.isGrassroots() ? Permission.TAKE_PART_EMULATION : Permission.RUN_EMULATION;
    }

    private static String link(Award award) {
        return "/emulation/award.xhtml?id=" + award.getId();
    }

    private void record(Viewer viewer, Award award, AwardEventKind kind, String comment) {
        em.persist(new AwardEvent(award, kind, clock.instant(), viewer.username(), viewer.displayName(),
                own(viewer), comment));
    }

    static String trimmed(String text) {
        return TextNormalizer.isBlank(text) ? null : text.trim();
    }
}
