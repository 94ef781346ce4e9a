package vn.congdoan.intranet.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import vn.congdoan.intranet.security.CurrentUser;

/** Turns a submitted unit id back into the unit, through the service, so a forged id outside scope is refused. */
@ApplicationScoped // a bean-defining annotation, so CDI discovers it and Faces can inject into it
@FacesConverter(value = "orgUnitConverter", managed = true)
public class OrgUnitConverter implements Converter<OrgUnit> {

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    @Override
    public OrgUnit getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : units.getUnit(currentUser.get(), Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrgUnit unit) {
        return unit == null || unit.getId() == null ? "" : unit.getId().toString();
    }
}
