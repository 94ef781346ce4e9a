package vn.congdoan.intranet.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Jakarta Security's view of our own account table: validates a password and gives the account's role as group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = login.getPassword().getValue();
        try {
            return accounts.authenticate(login.getCaller(), password)
                    .map(viewer -> new CredentialValidationResult(viewer.username(), Set.of(viewer.role().name())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } finally {
            login.getPassword().clear();
        }
    }
}
