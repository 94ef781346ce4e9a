package vn.congdoan.intranet.emulation.award;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.PageQuery;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The nominations page ({@code /emulation/nominations.xhtml}): what waits at the viewer's unit and what the unit
 * nominated, both counted and paged in the database.
 */
@Named
@ViewScoped
public class NominationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardRegisterService register;

    @Inject
    CurrentUser currentUser;

    private ServiceLazyModel<Award> waiting;
    private ServiceLazyModel<Award> own;
    private long waitingCount;

    @PostConstruct
    void init() {
        waiting = model(AwardRegisterService.Listing.WAITING);
        own = model(AwardRegisterService.Listing.OWN);
        waitingCount = register.count(currentUser.get(), AwardRegisterService.Listing.WAITING,
                PageQuery.firstPage(1));
    }

    private ServiceLazyModel<Award> model(AwardRegisterService.Listing listing) {
        return new ServiceLazyModel<>(q -> (int) register.count(currentUser.get(), listing, q),
                q -> register.find(currentUser.get(), listing, q));
    }

    public ServiceLazyModel<Award> getWaiting() {
        return waiting;
    }

    public ServiceLazyModel<Award> getOwn() {
        return own;
    }

    public long getWaitingCount() {
        return waitingCount;
    }
}
