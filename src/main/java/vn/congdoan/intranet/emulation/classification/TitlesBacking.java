package vn.congdoan.intranet.emulation.classification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.Texts;

/**
 * The classification titles ({@code /emulation/titles.xhtml}): a small table and a dialog to rename a title, set its
 * rank and cut-off, switch it off or add one. Everyone taking part reads it; the service decides who changes it.
 */
@Named
@ViewScoped
public class TitlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TitleService service;

    @Inject
    CurrentUser currentUser;

    private List<ClassificationTitle> titles;
    private boolean mayManage;
    private Long editId;
    private long editVersion;
    private TitleSubject subject;
    private String nameVi;
    private String nameEn;
    private Integer rankOrder;
    private Integer minPoints;
    private boolean active = true;

    public void load() {
        titles = service.all();
        mayManage = service.mayManage(currentUser.get());
    }

    /** Fills the dialog from a title, or empty for a new one. */
    public void edit(ClassificationTitle title) {
        editId = title == null ? null : title.getId();
        editVersion = title == null ? 0 : title.getVersion();
        subject = title == null ? TitleSubject.UNIT : title.getSubject();
        nameVi = title == null ? null : title.getNameVi();
        nameEn = title == null ? null : title.getNameEn();
        rankOrder = title == null ? null : title.getRankOrder();
        minPoints = title == null ? null : title.getMinPoints();
        active = title == null || title.isActive();
    }

    public void save() {
        Boolean saved = FormActions.run("titleForm", "classification.changedByOther", () -> {
            service.save(currentUser.get(), editId, editVersion, subject, nameVi, nameEn, rankOrder, minPoints, active);
            return true;
        });
        if (saved != null) {
            Texts.info("title.saved");
            load();
        }
    }

    public TitleSubject[] getSubjects() {
        return TitleSubject.values();
    }

    public List<ClassificationTitle> getTitles() {
        return titles;
    }

    public boolean isMayManage() {
        return mayManage;
    }

    public boolean isNew() {
        return editId == null;
    }

    public TitleSubject getSubject() {
        return subject;
    }

    public void setSubject(TitleSubject subject) {
        this.subject = subject;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getRankOrder() {
        return rankOrder;
    }

    public void setRankOrder(Integer rankOrder) {
        this.rankOrder = rankOrder;
    }

    public Integer getMinPoints() {
        return minPoints;
    }

    public void setMinPoints(Integer minPoints) {
        this.minPoints = minPoints;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
