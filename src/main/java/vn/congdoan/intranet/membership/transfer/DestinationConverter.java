package vn.congdoan.intranet.membership.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Texts;

/**
 * Turns a submitted unit id into a transfer destination: any active grassroots union, checked by the service on every
 * request; the picker shows its name and nothing else.
 */
@ApplicationScoped // a bean-defining annotation, so CDI discovers it and Faces can inject into it
@FacesConverter(value = "destinationConverter", managed = true)
public class DestinationConverter implements Converter<OrgUnit> {

    @Inject
    TransferService transfers;

    @Inject
    CurrentUser currentUser;

    @Override
    public OrgUnit getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return transfers.getDestination(currentUser.get(), Long.parseLong(value.trim()));
        } catch (NumberFormatException | BusinessException refused) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("transfer.toUnit.invalid"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrgUnit unit) {
        return unit == null || unit.getId() == null ? "" : unit.getId().toString();
    }
}
