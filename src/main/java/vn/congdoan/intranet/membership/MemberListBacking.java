package vn.congdoan.intranet.membership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/** The member list of one unit ({@code /units/members.xhtml?unit=42}): paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class MemberListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    private Long unitId;
    private OrgUnit unit;
    private List<String> jobTitles;
    private ServiceLazyModel<Member> model;

    /** Loads the unit named in the URL, or the viewer's own; the service refuses one outside their scope. */
    public void load() {
        Viewer viewer = currentUser.get();
        long id = unitId != null ? unitId : viewer.unitId();
        unit = units.getUnit(viewer, id);
        jobTitles = members.jobTitles(viewer, id);
        model = new ServiceLazyModel<>(q -> members.countMembers(viewer, id, q),
                q -> members.findMembers(viewer, id, q));
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public List<String> getJobTitles() {
        return jobTitles;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public ServiceLazyModel<Member> getModel() {
        return model;
    }
}
