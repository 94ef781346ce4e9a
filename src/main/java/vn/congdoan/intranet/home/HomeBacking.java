package vn.congdoan.intranet.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.membership.MemberService;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.organization.ScopeStatistics;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The home page, made for the signed-in role: counts of the viewer's part of the tree for officers and leaders,
 * the branch's grassroots unions for a superior officer, one's own record and union for a member.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnitService units;

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    private Viewer viewer;
    private OrgUnit unit;
    private ScopeStatistics statistics;
    private Member ownRecord;
    private ServiceLazyModel<OrgUnit> grassrootsUnits;

    @PostConstruct
    void init() {
        viewer = currentUser.get();
        unit = units.getUnit(viewer, viewer.unitId());
        if (viewer.can(Permission.BROWSE_UNITS)) {
            statistics = units.statistics(viewer, viewer.unitId());
            // only the unions that exist today, like the count above the table (ended ones stay on the tree page)
            grassrootsUnits = new ServiceLazyModel<>(
                    q -> units.countUnits(viewer, q.withFilter("grassroots", true).withFilter("active", true)),
                    q -> units.findUnits(viewer, q.withFilter("grassroots", true).withFilter("active", true)));
        }
        ownRecord = members.ownRecord(viewer).orElse(null);
    }

    public String getRole() {
        return viewer.role().name();
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ScopeStatistics getStatistics() {
        return statistics;
    }

    public Member getOwnRecord() {
        return ownRecord;
    }

    public ServiceLazyModel<OrgUnit> getGrassrootsUnits() {
        return grassrootsUnits;
    }
}
