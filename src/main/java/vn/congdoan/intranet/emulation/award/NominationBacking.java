package vn.congdoan.intranet.emulation.award;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.membership.Member;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Texts;

/**
 * The nomination form ({@code /emulation/nomination.xhtml}): award type, an individual (member picker within scope)
 * or a collective (unit picker), school year and citation. Under the type it says what happens when sent: the unit
 * decides its own kind at once (and then asks for the decision), or the nomination goes to its superior.
 */
@Named
@ViewScoped
public class NominationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardService awards;

    @Inject
    AwardRegisterService register;

    @Inject
    CurrentUser currentUser;

    private final NominationForm form = new NominationForm();
    private List<AwardType> types;
    private List<Integer> years;
    private boolean collective;
    private Member member;
    private OrgUnit unit;
    private AwardService.RoutePreview preview;

    @PostConstruct
    void init() {
        types = awards.types();
        years = awards.schoolYears();
        form.setSchoolYear(awards.currentSchoolYear());
    }

    /** Recomputes the line under the type when the type or the recipient changes. */
    public void refresh() {
        if (collective && getType() != null && !getType().isForCollectives()) {
            collective = false;
        } else if (!collective && getType() != null && !getType().isForIndividuals()) {
            collective = true;
        }
        Long memberId = !collective && member != null ? member.getId() : null;
        Long unitId = collective && unit != null ? unit.getId() : null;
        preview = form.getTypeId() == null || (memberId == null && unitId == null) ? null
                : awards.preview(currentUser.get(), form.getTypeId(), memberId, unitId);
    }

    public List<Member> completeMember(String text) {
        return register.searchMembers(currentUser.get(), text);
    }

    public List<OrgUnit> completeUnit(String text) {
        return register.searchUnits(currentUser.get(), text);
    }

    public String send() {
        form.setMemberId(!collective && member != null ? member.getId() : null);
        form.setUnitId(collective && unit != null ? unit.getId() : null);
        Award done = FormActions.run("nominationForm", "award.changedByOther",
                () -> awards.nominate(currentUser.get(), form));
        if (done == null) {
            return null;
        }
        Faces.getFlash().setKeepMessages(true);
        if (done.getStatus() == AwardStatus.GRANTED) {
            Texts.info("award.nomination.granted", done.getRecipientName());
        } else {
            Texts.info("award.nomination.sent", done.getRecipientName(), done.getCurrentUnit().getName());
        }
        return "/emulation/award?faces-redirect=true&id=" + done.getId();
    }

    /** The chosen type, for its issuer tier, form and recipients. */
    public AwardType getType() {
        return form.getTypeId() == null ? null
                : types.stream().filter(t -> t.getId().equals(form.getTypeId())).findFirst().orElse(null);
    }

    public NominationForm getForm() {
        return form;
    }

    public List<AwardType> getTypes() {
        return types;
    }

    public List<Integer> getYears() {
        return years;
    }

    public boolean isCollective() {
        return collective;
    }

    public void setCollective(boolean collective) {
        this.collective = collective;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(OrgUnit unit) {
        this.unit = unit;
    }

    public AwardService.RoutePreview getPreview() {
        return preview;
    }
}
