package vn.congdoan.intranet.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.AccessDeniedException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.Texts;

/**
 * The registration's member picker: a submitted id becomes a member of the officer's own union through
 * {@link MovementService#candidate}; a forged id of another union's member is a message at the field.
 */
@ApplicationScoped // a bean-defining annotation, so CDI discovers it and Faces can inject into it
@FacesConverter(value = "movementMemberConverter", managed = true)
public class MovementMemberConverter implements Converter<Member> {

    @Inject
    MovementService movements;

    @Inject
    CurrentUser currentUser;

    @Override
    public Member getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return movements.candidate(currentUser.get(), Long.parseLong(value.trim()));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException notOurs) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("movement.member.notInUnion"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Member member) {
        return member == null || member.getId() == null ? "" : member.getId().toString();
    }
}
