package vn.congdoan.intranet.emulation.award;

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
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.NotFoundException;
import vn.congdoan.intranet.shared.Texts;

/**
 * The nomination form's member picker: a submitted id becomes an active member of a union within the officer's scope
 * through {@link AwardService#recipientMember}; a forged id of someone outside is a message at the field.
 */
@ApplicationScoped // a bean-defining annotation, so CDI discovers it and Faces can inject into it
@FacesConverter(value = "awardMemberConverter", managed = true)
public class AwardMemberConverter implements Converter<Member> {

    @Inject
    AwardService awards;

    @Inject
    CurrentUser currentUser;

    @Override
    public Member getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return awards.recipientMember(currentUser.get(), Long.parseLong(value.trim()));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException | BusinessException notOurs) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("award.recipient.required"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Member member) {
        return member == null || member.getId() == null ? "" : member.getId().toString();
    }
}
