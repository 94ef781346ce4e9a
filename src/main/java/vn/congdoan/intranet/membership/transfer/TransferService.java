package vn.congdoan.intranet.membership.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * Transfers between grassroots unions. The sending union (the member's, within the viewer's scope) issues and may
 * cancel a transfer; only the receiving union (within the viewer's scope) accepts or refuses it. Any active
 * grassroots union of the whole tree may receive, but a viewer learns nothing of it beyond its name.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "issuedOn", "t.issuedOn",
            "member.fullName", "t.member.searchName",
            "status", "t.status",
            "decidedOn", "t.decidedOn");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    MemberService members;

    @Inject
    MemberLifecycle lifecycle;

    /** Which list of a union: transfers it sent or transfers addressed to it. */
    public enum Direction {
        OUTGOING("t.fromUnit.id"), INCOMING("t.toUnit.id");

        private final String column;

        Direction(String column) {
            this.column = column;
        }
    }

    /**
     * Issues the transfer of an active member of a union the viewer manages to another active grassroots union; the
     * member shows as leaving until the receiving union decides.
     */
    public MemberTransfer issue(Viewer viewer, long memberId, Long toUnitId, LocalDate issuedOn, String note) {
        Member member = managedMember(viewer, memberId);
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw new BusinessException("transfer.memberNotActive", member.getFullName());
        }
        if (toUnitId == null) {
            throw BusinessException.onField("toUnit", "transfer.toUnit.required");
        }
        OrgUnit to = getDestination(viewer, toUnitId);
        if (to.equals(member.getUnit())) {
            throw BusinessException.onField("toUnit", "transfer.toUnit.same");
        }
        if (issuedOn == null || issuedOn.isAfter(Formats.today())) {
            throw BusinessException.onField("issuedOn", "transfer.date.invalid", Formats.day(Formats.today()));
        }
        if (note != null && note.trim().length() > MemberTransfer.TEXT_MAX) {
            throw BusinessException.onField("note", "transfer.text.tooLong", MemberTransfer.TEXT_MAX);
        }
        MemberTransfer transfer = new MemberTransfer(member, to, issuedOn,
                TextNormalizer.isBlank(note) ? null : note.trim(), viewer.username());
        em.persist(transfer);
        lifecycle.markTransferring(member, true);
        return transfer;
    }

    /**
     * Accepts a pending transfer addressed to a union the viewer manages: the member belongs to it from the
     * acceptance date, and their period in the sending union ends that day, both marked TRANSFER.
     */
    public MemberTransfer accept(Viewer viewer, long transferId, LocalDate acceptedOn) {
        MemberTransfer transfer = receivedTransfer(viewer, transferId);
        if (acceptedOn == null || acceptedOn.isAfter(Formats.today())) {
            throw BusinessException.onField("acceptedOn", "transfer.date.invalid", Formats.day(Formats.today()));
        }
        if (acceptedOn.isBefore(transfer.getIssuedOn())) {
            throw BusinessException.onField("acceptedOn", "transfer.acceptedOn.beforeIssue",
                    Formats.day(transfer.getIssuedOn()));
        }
        transfer.accept(acceptedOn, viewer.username());
        lifecycle.move(transfer.getMember(), transfer.getToUnit(), acceptedOn, MovementKind.TRANSFER, null);
        return transfer;
    }

    /** Refuses a pending transfer addressed to a union the viewer manages; the member is active where they were. */
    public MemberTransfer refuse(Viewer viewer, long transferId, String reason) {
        MemberTransfer transfer = receivedTransfer(viewer, transferId);
        if (TextNormalizer.isBlank(reason)) {
            throw BusinessException.onField("refuseReason", "transfer.refuseReason.required");
        }
        if (reason.trim().length() > MemberTransfer.TEXT_MAX) {
            throw BusinessException.onField("refuseReason", "transfer.text.tooLong", MemberTransfer.TEXT_MAX);
        }
        transfer.refuse(Formats.today(), reason.trim(), viewer.username());
        lifecycle.markTransferring(transfer.getMember(), false);
        return transfer;
    }

    /** Withdraws a pending transfer the viewer's union sent; the member is active where they were. */
    public MemberTransfer cancel(Viewer viewer, long transferId) {
        viewer.require(Permission.MANAGE_MEMBERS);
        MemberTransfer transfer = getTransfer(viewer, transferId);
        if (!viewer.scope().covers(transfer.getFromUnit())) {
            throw new AccessDeniedException(viewer.username() + " did not send transfer " + transferId);
        }
        transfer.cancel(Formats.today(), viewer.username());
        lifecycle.markTransferring(transfer.getMember(), false);
        return transfer;
    }

    /** A transfer the viewer's scope sent or receives. */
    public MemberTransfer getTransfer(Viewer viewer, long id) {
        viewer.require(Permission.VIEW_MEMBERS);
        MemberTransfer transfer = em.find(MemberTransfer.class, id);
        if (transfer == null) {
            throw new NotFoundException("transfer " + id);
        }
        if (!viewer.scope().covers(transfer.getFromUnit()) && !viewer.scope().covers(transfer.getToUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not see transfer " + id);
        }
        return transfer;
    }

    /** The member's pending transfer, if any; the member must be one the viewer may see. */
    public MemberTransfer pendingTransferOf(Viewer viewer, long memberId) {
        members.getMember(viewer, memberId);
        return em.createNamedQuery("MemberTransfer.pendingOfMember", MemberTransfer.class)
                .setParameter("memberId", memberId).setParameter("status", TransferStatus.PENDING)
                .getResultStream().findFirst().orElse(null);
    }

    /** A page of the transfers a union sent or receives; filter: status. */
    public List<MemberTransfer> findTransfers(Viewer viewer, long unitId, Direction direction, PageQuery query) {
        JpqlFilter filter = filter(viewer, unitId, direction, query);
        String order = SORT_COLUMNS.get(query.sortFieldOr("issuedOn", SORT_COLUMNS.keySet()));
        boolean ascending = query.sortField() != null && query.ascending();
        return filter.bind(em.createQuery("SELECT t FROM MemberTransfer t JOIN FETCH t.member"
                        + " JOIN FETCH t.fromUnit JOIN FETCH t.toUnit" + filter.where()
                        + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", t.id DESC", MemberTransfer.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countTransfers(Viewer viewer, long unitId, Direction direction, PageQuery query) {
        JpqlFilter filter = filter(viewer, unitId, direction, query);
        return filter.bind(em.createQuery("SELECT COUNT(t) FROM MemberTransfer t" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    /**
     * Active grassroots unions of the whole tree whose name matches, as transfer destinations. Callers show their
     * names only: a destination outside the viewer's scope is no licence to read its data.
     */
    public List<OrgUnit> searchDestinations(Viewer viewer, String text, int max) {
        viewer.require(Permission.MANAGE_MEMBERS);
        JpqlFilter filter = new JpqlFilter()
                .require("u.active = :active", "active", Boolean.TRUE)
                .require("u.level.grassroots = :grassroots", "grassroots", Boolean.TRUE)
                .contains("u.searchName", "name", text);
        return filter.bind(em.createQuery("SELECT u FROM OrgUnit u" + filter.where() + " ORDER BY u.name, u.id",
                OrgUnit.class)).setMaxResults(Math.max(1, Math.min(max, 50))).getResultList();
    }

    /** An active grassroots union that may receive a transfer. */
    public OrgUnit getDestination(Viewer viewer, long unitId) {
        viewer.require(Permission.MANAGE_MEMBERS);
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null || !unit.isActive() || !unit.isGrassroots()) {
            throw BusinessException.onField("toUnit", "transfer.toUnit.invalid");
        }
        return unit;
    }

    private JpqlFilter filter(Viewer viewer, long unitId, Direction direction, PageQuery query) {
        viewer.require(Permission.VIEW_MEMBERS);
        OrgUnit unit = units.getUnit(viewer, unitId);
        return new JpqlFilter()
                .require(direction.column + " = :unitId", "unitId", unit.getId())
                .optional("t.status = :status", "status", query.value("status", TransferStatus.class))
                .contains("t.member.searchName", "name", query.text("search"));
    }

    private MemberTransfer receivedTransfer(Viewer viewer, long transferId) {
        viewer.require(Permission.MANAGE_MEMBERS);
        MemberTransfer transfer = getTransfer(viewer, transferId);
        if (!viewer.scope().covers(transfer.getToUnit())) {
            throw new AccessDeniedException(viewer.username() + " does not receive transfer " + transferId);
        }
        return transfer;
    }

    private Member managedMember(Viewer viewer, long memberId) {
        viewer.require(Permission.MANAGE_MEMBERS);
        Member member = members.getMember(viewer, memberId);
        if (!viewer.scope().covers(member.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not manage member " + memberId);
        }
        return member;
    }
}
