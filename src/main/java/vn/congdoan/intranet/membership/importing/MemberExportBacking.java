package vn.congdoan.intranet.membership.importing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.PageQuery;

/**
 * The "Xuất Excel" button of the member list: sends the unit's members, filtered and ordered as the table shows them,
 * as an .xlsx in the import layout.
 */
@Named
@RequestScoped
public class MemberExportBacking {

    @Inject
    MemberImportService imports;

    @Inject
    CurrentUser currentUser;

    /** {@code action="#{memberExportBacking.export(memberListBacking.unit, memberListBacking.model.lastQuery())}"}. */
    public void export(OrgUnit unit, PageQuery query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.export(currentUser.get(), unit.getId(), query, out);
        org.omnifaces.util.Faces.sendFile(out.toByteArray(), imports.exportFileName(unit), true);
    }
}
