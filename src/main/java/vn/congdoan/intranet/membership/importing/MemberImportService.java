package vn.congdoan.intranet.membership.importing;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberLifecycle;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.membership.MemberStatus;
import vn.congdoan.intranet.membership.MovementKind;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * A grassroots union's member list in and out of Excel. An import is two steps: {@link #preview} reads and checks an
 * uploaded file and saves nothing; {@link #confirm} checks the valid rows against the database again and saves them
 * all in one transaction, skipping (and reporting) the rows with errors. Import needs
 * {@link Permission#IMPORT_MEMBERS} and an active grassroots union in the viewer's scope; export needs
 * {@link Permission#VIEW_MEMBERS} and the unit in scope. A forged unit id gets an AccessDeniedException.
 */
@ApplicationScoped
@Transactional
public class MemberImportService {

    /** Card numbers per IN (...) query when looking for numbers already issued. */
    static final int IN_CHUNK = 500;
    /** Rows persisted between two flushes (EclipseLink sends each flush in JDBC batches). */
    static final int FLUSH_EVERY = 500;
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    MemberService members;

    @Inject
    MemberLifecycle lifecycle;

    Clock clock = Clock.system(Formats.ZONE);

    /** The union the viewer may import into: in scope, grassroots, active; otherwise a typed refusal. */
    public OrgUnit importTarget(Viewer viewer, long unitId) {
        viewer.require(Permission.IMPORT_MEMBERS);
        OrgUnit unit = units.getUnit(viewer, unitId);
        if (!unit.isGrassroots()) {
            throw new BusinessException("import.unit.notGrassroots", unit.getName());
        }
        if (!unit.isActive()) {
            throw new BusinessException("import.unit.inactive", unit.getName());
        }
        return unit;
    }

    /**
     * Reads and checks an uploaded file for the union; saves nothing. Refuses the whole file (a
     * {@link BusinessException}) when it cannot be read as a member list; otherwise every row comes back with all its
     * errors, duplicates within the file and against the database included (in a few queries, whatever the size).
     */
    public ImportPreview preview(Viewer viewer, long unitId, Path file, String fileName) {
        importTarget(viewer, unitId);
        List<ImportRow> rows = new MemberRowValidator(today()).validate(new MemberSheetParser().parse(file));
        markConflicts(unitId, rows);
        return new ImportPreview(unitId, fileName, rows);
    }

    /**
     * Saves the preview's valid rows as members of its union, in this one transaction: each joins on the day the
     * file gives (a membership period of kind IMPORT), and members without a card number get the next system-wide
     * numbers. The union is locked first so two imports into it run one after the other, then each valid row is
     * checked again: a card number issued or a person added since the preview turns the row into a skipped one.
     */
    public ImportResult confirm(Viewer viewer, ImportPreview preview) {
        viewer.require(Permission.IMPORT_MEMBERS);
        em.find(OrgUnit.class, preview.getUnitId(), LockModeType.PESSIMISTIC_WRITE);
        OrgUnit unit = importTarget(viewer, preview.getUnitId());
        List<ImportRow> candidates = preview.validRows();
        markConflicts(unit.getId(), candidates);
        List<ImportRow> rejected = candidates.stream().filter(row -> !row.isValid()).toList();
        List<Member> created = new ArrayList<>(candidates.size() - rejected.size());
        for (ImportRow row : candidates) {
            if (row.isValid()) {
                created.add(new Member(unit, row.getFullName(), row.getGender(), row.getDateOfBirth(),
                        row.getJobTitle(), row.getJoinedOn(), row.getCardNumber()));
            }
        }
        lifecycle.issueCards(created, today());
        try {
            int count = 0;
            for (Member member : created) {
                lifecycle.join(member, member.getJoinedOn(), MovementKind.IMPORT);
                if (++count % FLUSH_EVERY == 0) {
                    em.flush();
                }
            }
            em.flush();
        } catch (PersistenceException e) {
            // A card number taken by a transaction that committed after our check: the database's unique key
            // refuses it, this transaction rolls back and nothing of the file is saved.
            throw new BusinessException("import.confirm.conflict");
        }
        return new ImportResult(created.size(), preview.getTotal() - created.size(), rejected);
    }

    /**
     * Writes the union's members that match the query's filters, in its order, as an .xlsx in the import layout.
     * The paging of the query is ignored: every matching member is written.
     */
    public void export(Viewer viewer, long unitId, PageQuery query, OutputStream out) {
        viewer.require(Permission.VIEW_MEMBERS);
        units.getUnit(viewer, unitId);
        // The file has no status column: unless the list was filtered by status, former members stay out of it, so
        // that importing the file again never brings them back as members.
        Map<String, Object> filters = new HashMap<>(query.filters());
        filters.putIfAbsent("status", MemberStatus.ACTIVE);
        try (MemberSheetWriter writer = new MemberSheetWriter()) {
            members.findAllMembers(viewer, unitId, new PageQuery(0, query.pageSize(), query.sortField(),
                    query.ascending(), filters)).forEach(writer::add);
            writer.writeTo(out);
        }
    }

    /** The file name of an export: the unit's code and today's date. */
    public String exportFileName(OrgUnit unit) {
        return "doan-vien-" + unit.getCode().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + FILE_DAY.format(today())
                + ".xlsx";
    }

    /** The empty template: the header row and the help sheet. */
    public static void writeTemplate(OutputStream out) {
        try (MemberSheetWriter writer = new MemberSheetWriter()) {
            writer.writeTo(out);
        }
    }

    private void markConflicts(long unitId, Collection<ImportRow> rows) {
        Set<String> cards = new HashSet<>();
        rows.forEach(row -> {
            if (row.getCardNumber() != null) {
                cards.add(row.getCardNumber());
            }
        });
        MemberRowValidator.markConflicts(rows, takenCards(cards), existingPersons(unitId));
    }

    /** The given card numbers that are already issued, to anyone in any union, in one query per chunk. */
    private Set<String> takenCards(Set<String> cards) {
        Set<String> taken = new HashSet<>();
        List<String> all = new ArrayList<>(cards);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            taken.addAll(em.createQuery("SELECT m.cardNumber FROM Member m WHERE m.cardNumber IN :cards",
                            String.class)
                    .setParameter("cards", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        return taken;
    }

    /** Folded name and date of birth of the union's members who have not left, in one query. */
    private Set<String> existingPersons(long unitId) {
        Set<String> persons = new HashSet<>();
        em.createQuery("SELECT m.searchName, m.dateOfBirth FROM Member m WHERE m.unit.id = :unitId"
                        + " AND m.status <> :ended AND m.dateOfBirth IS NOT NULL", Object[].class)
                .setParameter("unitId", unitId).setParameter("ended", MemberStatus.ENDED)
                .getResultList()
                .forEach(row -> persons.add(MemberRowValidator.personKey((String) row[0], (LocalDate) row[1])));
        return persons;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
