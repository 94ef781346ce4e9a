package vn.congdoan.intranet.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through our own Faces page; the page calls SecurityContext.authenticate so it can tell a wrong
 * password from a locked account. The roles are declared here and constrained per folder in web.xml.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"ADMIN", "PROVINCE_LEADER", "SUPERIOR_OFFICER", "GRASSROOTS_OFFICER", "MEMBER"})
public class SecurityConfiguration {
}
