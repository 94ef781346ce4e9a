package vn.congdoan.intranet.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.shared.TestDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.congdoan.intranet.demo.DemoProvince;
import vn.congdoan.intranet.membership.MemberServices;
import vn.congdoan.intranet.organization.OrgUnitServices;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.DatabaseTest;
import vn.congdoan.intranet.shared.TestDatabase;

/**
 * Signing in with lockout, and the administrator's account management, on the migrated schema. Each sign-in runs in
 * its own EntityManager and transaction, as each request does, so what a lockout stores must survive the database.
 * Tests that change an account create their own, so the demo accounts stay as generated for the others.
 */
class AccountServicePersistenceTest {

    private static final LockoutPolicy LOCKOUT = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final char[] NEW_PASSWORD = "Matkhau2026".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(DemoProvince.TEST_ITERATIONS);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));

    @DatabaseTest
    void theRightPasswordSignsInWithTheAccountsRole(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);

        Viewer viewer = signIn(db, "canbo.coso", DemoProvince.PASSWORD).orElseThrow();

        assertEquals(Role.GRASSROOTS_OFFICER, viewer.role());
        assertEquals(demo.firstSchoolId(), viewer.unitId());
        assertEquals("Đặng Thị Kim Loan", viewer.displayName());
        assertTrue(signIn(db, "  CanBo.CoSo ", DemoProvince.PASSWORD).isPresent(), "usernames ignore case");
    }

    @DatabaseTest
    void anUnknownUserOrAWrongPasswordIsRefused(TestDatabase db) {
        DemoProvince.in(db);

        assertTrue(signIn(db, "khong.ton.tai", DemoProvince.PASSWORD).isEmpty());
        assertTrue(signIn(db, "lanhdao.tinh", "demo@2026").isEmpty());
        assertTrue(signIn(db, "", DemoProvince.PASSWORD).isEmpty());
    }

    @DatabaseTest
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne(TestDatabase db) {
        long id = newAccount(db, "khoa.nam", Role.GRASSROOTS_OFFICER, DemoProvince.in(db).secondSchoolId());

        for (int i = 0; i < 4; i++) {
            assertTrue(signIn(db, "khoa.nam", "Sai" + i).isEmpty());
        }
        assertTrue(lockedUntil(db, "khoa.nam").isEmpty(), "four failures do not lock yet");
        assertTrue(signIn(db, "khoa.nam", "Sai4").isEmpty());

        assertTrue(signIn(db, "khoa.nam", "Matkhau2026").isEmpty(), "locked: the right password is refused too");
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(15))), lockedUntil(db, "khoa.nam"));
        try (EntityManager em = db.createEntityManager()) {
            assertEquals(5, em.find(UserAccount.class, id).getFailedLogins());
        }
    }

    @DatabaseTest
    void aSignedInSessionKeepsItsViewerOnlyWhileTheAccountIsUnchanged(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);
        long id = newAccount(db, "phien.lam.viec", Role.GRASSROOTS_OFFICER, demo.secondSchoolId());
        SignedInViewer session = new SignedInViewer();

        Viewer first = withService(db, service -> service.viewer("phien.lam.viec", session)).orElseThrow();
        assertSame(first, withService(db, service -> service.viewer("phien.lam.viec", session)).orElseThrow(),
                "an unchanged account: the session's viewer is reused");

        withService(db, service -> service.setActive(demo.viewer("admin"), id, false));
        assertTrue(withService(db, service -> service.viewer("phien.lam.viec", session)).isEmpty(),
                "deactivated by the administrator: refused at the session's next request");
        assertTrue(withService(db, service -> service.viewer("canbo.coso", session)).isPresent(),
                "another account's session is not mistaken for this one");
    }

    @DatabaseTest
    void signInsOfOneAccountAtOnceAllSucceedAndEveryFailedTryCounts(TestDatabase db) throws Exception {
        long id = newAccount(db, "hai.tab", Role.GRASSROOTS_OFFICER, DemoProvince.in(db).secondSchoolId());

        List<Optional<Viewer>> right = atOnce(6, () -> signIn(db, "hai.tab", "Matkhau2026"));
        assertTrue(right.stream().allMatch(Optional::isPresent), "six tabs signing in together all get in");

        List<Optional<Viewer>> wrong = atOnce(4, () -> signIn(db, "hai.tab", "DoanSai2026"));
        assertTrue(wrong.stream().allMatch(Optional::isEmpty));
        try (EntityManager em = db.createEntityManager()) {
            assertEquals(4, em.find(UserAccount.class, id).getFailedLogins(), "no failed try is lost to a race");
        }
    }

    @DatabaseTest
    void theLockExpiresAfterFifteenMinutes(TestDatabase db) {
        newAccount(db, "khoa.het.han", Role.GRASSROOTS_OFFICER, DemoProvince.in(db).secondSchoolId());
        for (int i = 0; i < 5; i++) {
            signIn(db, "khoa.het.han", "Sai" + i);
        }

        clock.advance(Duration.ofMinutes(14));
        assertTrue(signIn(db, "khoa.het.han", "Matkhau2026").isEmpty(), "still locked after 14 minutes");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(signIn(db, "khoa.het.han", "Matkhau2026").isPresent());
        assertTrue(lockedUntil(db, "khoa.het.han").isEmpty());
        try (EntityManager em = db.createEntityManager()) {
            UserAccount account = findAccount(em, "khoa.het.han");
            assertEquals(0, account.getFailedLogins());
            assertEquals(clock.instant(), account.getLastLoginAt());
        }
    }

    @DatabaseTest
    void aDeactivatedAccountCannotSignIn(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);
        long id = newAccount(db, "nghi.huu", Role.GRASSROOTS_OFFICER, demo.secondSchoolId());
        assertTrue(signIn(db, "nghi.huu", "Matkhau2026").isPresent());

        withService(db, service -> service.setActive(demo.viewer("admin"), id, false));

        assertTrue(signIn(db, "nghi.huu", "Matkhau2026").isEmpty());
        assertTrue(withService(db, service -> service.viewer("nghi.huu")).isEmpty(),
                "a signed-in session ends at its next request");
    }

    @DatabaseTest
    void aUsernameCanBeTakenOnlyOnce(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);

        BusinessException refusal = assertThrows(BusinessException.class,
                () -> newAccount(db, " CanBo.CoSo", Role.GRASSROOTS_OFFICER, demo.secondSchoolId()));

        assertEquals("username", refusal.getField());
        assertEquals("account.username.taken", refusal.getMessageKey());
    }

    @DatabaseTest
    void aGrassrootsOfficerMustSitAtAGrassrootsUnion(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);

        BusinessException refusal = assertThrows(BusinessException.class,
                () -> newAccount(db, "sai.cap", Role.GRASSROOTS_OFFICER, demo.communeIds().get(1)));

        assertEquals("unit", refusal.getField());
        assertEquals("account.unit.notGrassroots", refusal.getMessageKey());
        try (EntityManager em = db.createEntityManager()) {
            assertTrue(em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                    .setParameter("username", "sai.cap").getResultList().isEmpty());
        }
    }

    @DatabaseTest
    void aResetPasswordSignsInAndReplacesTheOldOne(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);
        long id = newAccount(db, "quen.mat.khau", Role.SUPERIOR_OFFICER, demo.communeIds().get(2));
        for (int i = 0; i < 5; i++) {
            signIn(db, "quen.mat.khau", "Sai" + i);
        }

        char[] password = withService(db, service -> service.resetPassword(demo.viewer("admin"), id));

        assertTrue(password.length >= AccountService.PASSWORD_MIN);
        assertTrue(signIn(db, "quen.mat.khau", new String(password)).isPresent(), "the reset also lifts the lock");
        assertTrue(signIn(db, "quen.mat.khau", "Matkhau2026").isEmpty());
    }

    @DatabaseTest
    void aSuperiorOfficerCannotManageAccounts(TestDatabase db) {
        DemoProvince demo = DemoProvince.in(db);
        Viewer district = demo.viewer("canbo.huyen");
        long schoolOfficer = demo.viewer("canbo.coso2").accountId();

        assertThrows(AccessDeniedException.class,
                () -> withService(db, service -> service.resetPassword(district, schoolOfficer)));
        assertThrows(AccessDeniedException.class,
                () -> withService(db, service -> service.setActive(district, schoolOfficer, false)));
        assertThrows(AccessDeniedException.class, () -> withService(db, service -> service.create(district,
                draft("vuot.quyen", Role.GRASSROOTS_OFFICER), demo.secondSchoolId(), null, NEW_PASSWORD.clone())));
        assertTrue(signIn(db, "canbo.coso2", DemoProvince.PASSWORD).isPresent(), "the account is untouched");
    }

    /** One request: a fresh EntityManager, a service wired as CDI would, one transaction. */
    private <T> T withService(TestDatabase db, java.util.function.Function<AccountService, T> work) {
        try (EntityManager em = db.createEntityManager()) {
            AccountService service = new AccountService();
            service.em = em;
            service.hasher = hasher;
            service.lockout = LOCKOUT;
            service.clock = clock;
            service.units = OrgUnitServices.using(em);
            service.members = MemberServices.using(em);
            return inTransaction(em, () -> work.apply(service));
        }
    }

    private Optional<Viewer> signIn(TestDatabase db, String username, String password) {
        return withService(db, service -> service.authenticate(username, password.toCharArray()));
    }

    private Optional<Instant> lockedUntil(TestDatabase db, String username) {
        return withService(db, service -> service.lockedUntil(username));
    }

    /** Creates an account as the administrator would, with the password {@code Matkhau2026}. */
    private long newAccount(TestDatabase db, String username, Role role, long unitId) {
        Viewer admin = DemoProvince.in(db).viewer("admin");
        UserAccount created = withService(db, service -> service.create(admin, draft(username, role), unitId, null,
                NEW_PASSWORD.clone()));
        assertNotNull(created.getId());
        assertFalse(created.getPasswordHash().contains("Matkhau2026"));
        return created.getId();
    }

    private static UserAccount draft(String username, Role role) {
        UserAccount draft = UserAccount.draft();
        draft.setUsername(username);
        draft.setDisplayName("Tài khoản " + username);
        draft.setRole(role);
        return draft;
    }

    private static UserAccount findAccount(EntityManager em, String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username)
                .getSingleResult();
    }

    /** Runs the same sign-in on several threads released together; any exception fails the test. */
    private static <T> List<T> atOnce(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
