package vn.congdoan.intranet.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.congdoan.intranet.security.CurrentUser;

/** Turns a submitted member id back into the member, through the service, so scope is checked on every request. */
@ApplicationScoped // a bean-defining annotation, so CDI discovers it and Faces can inject into it
@FacesConverter(value = "memberConverter", managed = true)
public class MemberConverter implements Converter<Member> {

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    @Override
    public Member getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : members.getMember(currentUser.get(), Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Member member) {
        return member == null || member.getId() == null ? "" : member.getId().toString();
    }
}
