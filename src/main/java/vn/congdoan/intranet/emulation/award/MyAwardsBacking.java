package vn.congdoan.intranet.emulation.award;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.congdoan.intranet.security.CurrentUser;

/** A member's own awards ({@code /emulation/mine.xhtml}, and the card on the profile): granted ones, nobody else's. */
@Named
@RequestScoped
public class MyAwardsBacking {

    @Inject
    AwardRegisterService register;

    @Inject
    CurrentUser currentUser;

    private List<Award> awards;

    @PostConstruct
    void load() {
        awards = register.mine(currentUser.get());
    }

    public List<Award> getAwards() {
        return awards;
    }
}
