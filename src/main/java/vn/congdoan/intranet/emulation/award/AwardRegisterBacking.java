package vn.congdoan.intranet.emulation.award;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.reporting.export.ExportFile;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.LocaleBacking;
import vn.congdoan.intranet.shared.ServiceLazyModel;

/**
 * The award register ({@code /emulation/register.xhtml}): a lazy table of the awards the viewer may read, searched
 * by the recipient's name without diacritics and filtered by school year, type, status (granted by default) and
 * branch; the Excel export writes what the filters select.
 */
@Named
@ViewScoped
public class AwardRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AwardRegisterService register;

    @Inject
    AwardService awards;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleBacking language;

    private ServiceLazyModel<Award> model;
    private List<AwardType> types;
    private List<Integer> years;
    private String search;
    private Integer year;
    private Long typeId;
    private AwardStatus status = AwardStatus.GRANTED;
    private OrgUnit branch;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(q -> (int) register.count(currentUser.get(),
                AwardRegisterService.Listing.REGISTER, q),
                q -> register.find(currentUser.get(), AwardRegisterService.Listing.REGISTER, q));
        types = awards.types();
        years = awards.schoolYears();
        applyFilters();
    }

    /** Hands the filters above the table to its model; the page then reloads the table. */
    public void applyFilters() {
        model.getFilters().put("search", search);
        model.getFilters().put("year", year);
        model.getFilters().put("typeId", typeId);
        model.getFilters().put("status", status);
        model.getFilters().put("unitId", branch == null ? null : branch.getId());
    }

    public List<OrgUnit> completeUnit(String text) {
        return register.searchUnits(currentUser.get(), text);
    }

    public void export() throws IOException {
        applyFilters();
        ExportFile file = register.registerWorkbook(currentUser.get(), model.lastQuery(), language.getLocale());
        Faces.sendFile(file.content(), file.name(), true);
    }

    public AwardStatus[] getStatuses() {
        return AwardStatus.values();
    }

    public ServiceLazyModel<Award> getModel() {
        return model;
    }

    public List<AwardType> getTypes() {
        return types;
    }

    public List<Integer> getYears() {
        return years;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public AwardStatus getStatus() {
        return status;
    }

    public void setStatus(AwardStatus status) {
        this.status = status;
    }

    public OrgUnit getBranch() {
        return branch;
    }

    public void setBranch(OrgUnit branch) {
        this.branch = branch;
    }
}
