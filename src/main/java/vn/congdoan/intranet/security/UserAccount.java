package vn.congdoan.intranet.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.shared.BaseEntity;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * A sign-in account: one role at one unit, optionally linked to the member record of the person. Guards its own
 * lockout: repeated wrong passwords lock it for a while, a correct one (after the lock) clears the count.
 *
 * <p>In the shared cache, so that checking the signed-in account on every request costs no SQL; it changes only
 * through this application (sign-in, administration), which keeps the cache current.
 */
@Entity
@Cacheable
@Table(name = "user_account")
@NamedQueries({
    @NamedQuery(name = "UserAccount.byUsername", query = "SELECT a FROM UserAccount a WHERE a.username = :username"),
    @NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(a) FROM UserAccount a")
})
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int USERNAME_MAX = 60;

    @NotBlank
    @Size(min = 3, max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{account.username.pattern}")
    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Email
    @Size(max = 160)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Role role, OrgUnit unit, String passwordHash) {
        this.username = normalizeUsername(username);
        this.displayName = displayName;
        this.role = role;
        this.unit = unit;
        this.passwordHash = passwordHash;
    }

    /** A blank account for the administrator's form. */
    public static UserAccount draft() {
        UserAccount account = new UserAccount();
        account.role = Role.GRASSROOTS_OFFICER;
        return account;
    }

    public static String normalizeUsername(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; reaching the policy's limit locks the account until now + the lock duration. */
    public void recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Viewer toViewer() {
        return new Viewer(getId(), username, displayName, role, unit.getId(), unit.getPath(),
                member == null ? null : member.getId());
    }

    @PrePersist
    @PreUpdate
    void refreshSearchName() {
        this.searchName = TextNormalizer.fold(username + " " + displayName + " " + (email == null ? "" : email));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = normalizeUsername(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = TextNormalizer.isBlank(email) ? null : email.trim();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
