package vn.congdoan.intranet.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.JpqlFilter;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * Accounts: checking a password with lockout, and the administrator's management of accounts within scope.
 * Passwords only ever exist here as char arrays on their way to the hasher; they are never stored or logged.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final Set<String> SORTABLE = Set.of("username", "displayName", "role", "lastLoginAt");
    private static final String TEMP_PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int TEMP_PASSWORD_LENGTH = 12;
    public static final int PASSWORD_MIN = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    Clock clock;

    @Inject
    OrgUnitService units;

    @Inject
    MemberService members;

    private final SecureRandom random = new SecureRandom();
    private volatile String dummyHash;

    /**
     * Checks a username and password. A wrong password counts towards the lockout; a locked or deactivated account
     * is refused even with the right password. Unknown names cost the same hashing time as known ones.
     */
    public Optional<Viewer> authenticate(String username, char[] password) {
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty()) {
            hasher.verify(password, dummyHash());
            return Optional.empty();
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (!account.isActive() || account.isLockedAt(now)) {
            return Optional.empty();
        }
        boolean matches = hasher.verify(password, account.getPasswordHash());
        // Two sign-ins of one account at once (two tabs, or someone guessing in parallel) must neither fail on the
        // version nor lose a failed try: the slow hash runs unlocked, then the row is re-read under a write lock and
        // the outcome applied to what is there now.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!account.isActive() || account.isLockedAt(now)) {
            return Optional.empty();
        }
        if (!matches) {
            account.recordFailedLogin(now, lockout);
            if (account.isLockedAt(now)) {
                LOG.warning(() -> "Account " + account.getUsername() + " locked after repeated failed sign-ins");
            }
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        account.recordSuccessfulLogin(now);
        return Optional.of(account.toViewer());
    }

    /** When the account is locked now, until when; for a clear message on the sign-in page. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return findByUsername(username).filter(a -> a.isLockedAt(now)).map(UserAccount::getLockedUntil);
    }

    /** The signed-in user's view of themselves, as long as the account is still active. */
    public Optional<Viewer> viewer(String username) {
        return findByUsername(username).filter(UserAccount::isActive).map(UserAccount::toViewer);
    }

    /**
     * The same, for every request of a signed-in session: the session's last viewer is reused while its account is
     * unchanged (same version, still active) and its unit still has the same path. Both are read through the shared
     * cache, which every change made through this application updates (and, in a cluster, cache coordination), so
     * an unchanged session costs no SQL, while a deactivation, a new role or a moved unit takes effect on the next
     * click as before.
     */
    public Optional<Viewer> viewer(String username, SignedInViewer session) {
        SignedInViewer.Remembered remembered = session.remembered();
        Viewer known = remembered == null ? null : remembered.viewer();
        if (known != null && known.username().equals(UserAccount.normalizeUsername(username))) {
            UserAccount account = em.find(UserAccount.class, known.accountId());
            if (account != null && account.getVersion() == remembered.accountVersion()
                    && account.getUnit().getId() == known.unitId()
                    && account.getUnit().getPath().equals(known.unitPath())) {
                return account.isActive() ? Optional.of(known) : Optional.empty();
            }
        }
        Optional<UserAccount> found = findByUsername(username).filter(UserAccount::isActive);
        if (found.isEmpty()) {
            session.forget();
            return Optional.empty();
        }
        Viewer viewer = found.get().toViewer();
        session.remember(viewer, found.get().getVersion());
        return Optional.of(viewer);
    }

    private Optional<UserAccount> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    public List<UserAccount> findAccounts(Viewer viewer, PageQuery query) {
        JpqlFilter filter = accountFilter(viewer, query);
        String sort = query.sortFieldOr("username", SORTABLE);
        return filter.bind(em.createQuery("SELECT a FROM UserAccount a JOIN FETCH a.unit" + filter.where()
                        + " ORDER BY a." + sort + (query.ascending() ? " ASC" : " DESC") + ", a.id", UserAccount.class))
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    public int countAccounts(Viewer viewer, PageQuery query) {
        JpqlFilter filter = accountFilter(viewer, query);
        return filter.bind(em.createQuery("SELECT COUNT(a) FROM UserAccount a" + filter.where(), Long.class))
                .getSingleResult().intValue();
    }

    private static JpqlFilter accountFilter(Viewer viewer, PageQuery query) {
        viewer.require(Permission.MANAGE_ACCOUNTS);
        return new JpqlFilter()
                .require("a.unit.path LIKE :scope", "scope", viewer.scope().likePattern())
                .contains("a.searchName", "text", query.text("search"))
                .optional("a.role = :role", "role", query.value("role", Role.class))
                .optional("a.active = :active", "active", query.value("active", Boolean.class));
    }

    public UserAccount getAccount(Viewer viewer, long id) {
        viewer.require(Permission.MANAGE_ACCOUNTS);
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException("account " + id);
        }
        if (!viewer.scope().covers(account.getUnit())) {
            throw new AccessDeniedException(viewer.username() + " may not manage account " + id);
        }
        return account;
    }

    /** Creates an account at a unit in scope with the initial password the administrator chose. */
    public UserAccount create(Viewer viewer, UserAccount draft, long unitId, Long memberId, char[] initialPassword) {
        viewer.require(Permission.MANAGE_ACCOUNTS);
        if (findByUsername(draft.getUsername()).isPresent()) {
            throw BusinessException.onField("username", "account.username.taken", draft.getUsername());
        }
        checkPasswordStrength(initialPassword);
        UserAccount account = new UserAccount(draft.getUsername(), draft.getDisplayName(), draft.getRole(),
                null, hasher.hash(initialPassword));
        account.setEmail(draft.getEmail());
        assign(viewer, account, draft.getRole(), unitId, memberId);
        em.persist(account);
        return account;
    }

    /** Saves the display name, e-mail, role, unit and member link of an account in scope. */
    public UserAccount update(Viewer viewer, long id, UserAccount edited, long unitId, Long memberId) {
        UserAccount account = getAccount(viewer, id);
        if (account.getId() == viewer.accountId() && edited.getRole() != account.getRole()) {
            throw BusinessException.onField("role", "account.role.ownChange");
        }
        account.setDisplayName(edited.getDisplayName());
        account.setEmail(edited.getEmail());
        assign(viewer, account, edited.getRole(), unitId, memberId);
        return account;
    }

    /** Role and unit must fit together: a grassroots officer sits at a grassroots union, a member has a record. */
    private void assign(Viewer viewer, UserAccount account, Role role, long unitId, Long memberId) {
        OrgUnit unit = units.getUnit(viewer, unitId);
        if (!unit.isActive()) {
            throw BusinessException.onField("unit", "account.unit.ended", unit.getName());
        }
        if (role == Role.GRASSROOTS_OFFICER && !unit.isGrassroots()) {
            throw BusinessException.onField("unit", "account.unit.notGrassroots");
        }
        if ((role == Role.SUPERIOR_OFFICER || role == Role.PROVINCE_LEADER) && unit.isGrassroots()) {
            throw BusinessException.onField("unit", "account.unit.notSuperior");
        }
        Member member = memberId == null ? null : members.getMember(viewer, memberId);
        if (member != null && !member.getUnit().equals(unit)) {
            throw BusinessException.onField("member", "account.member.otherUnit");
        }
        if (role == Role.MEMBER && member == null) {
            throw BusinessException.onField("member", "account.member.required");
        }
        account.setRole(role);
        account.setUnit(unit);
        account.setMember(member);
    }

    /** Deactivates or reactivates an account in scope; nobody deactivates their own. */
    public UserAccount setActive(Viewer viewer, long id, boolean active) {
        UserAccount account = getAccount(viewer, id);
        if (!active && account.getId() == viewer.accountId()) {
            throw new BusinessException("account.deactivate.self");
        }
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
        return account;
    }

    /** Lifts a lockout before it expires. */
    public UserAccount unlock(Viewer viewer, long id) {
        UserAccount account = getAccount(viewer, id);
        account.unlock();
        return account;
    }

    /**
     * Gives the account a new random password and lifts any lockout. The password is returned once, for the
     * administrator to hand over; only its hash is kept.
     */
    public char[] resetPassword(Viewer viewer, long id) {
        UserAccount account = getAccount(viewer, id);
        char[] password = new char[TEMP_PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = TEMP_PASSWORD_ALPHABET.charAt(random.nextInt(TEMP_PASSWORD_ALPHABET.length()));
        }
        password[0] = Character.forDigit(2 + random.nextInt(8), 10);
        account.changePasswordHash(hasher.hash(password));
        account.unlock();
        LOG.info(() -> "Password of " + account.getUsername() + " reset by " + viewer.username());
        return password;
    }

    /** Changes the viewer's own password after checking the current one. */
    public void changeOwnPassword(Viewer viewer, char[] current, char[] replacement) {
        UserAccount account = em.find(UserAccount.class, viewer.accountId());
        if (account == null || !hasher.verify(current, account.getPasswordHash())) {
            throw BusinessException.onField("currentPassword", "password.current.wrong");
        }
        checkPasswordStrength(replacement);
        account.changePasswordHash(hasher.hash(replacement));
    }

    /** At least {@value #PASSWORD_MIN} characters, with a letter and a digit. */
    static void checkPasswordStrength(char[] password) {
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (password.length < PASSWORD_MIN || !letter || !digit) {
            throw BusinessException.onField("password", "password.weak", PASSWORD_MIN);
        }
    }

    /** A well-formed hash checked against for unknown usernames, so they cost the same time as known ones. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash("no-such-account-password".toCharArray());
            dummyHash = hash;
        }
        return hash;
    }
}
