package vn.congdoan.intranet.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.OrgUnitService;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.security.Permission;
import vn.congdoan.intranet.security.Viewer;
import vn.congdoan.intranet.shared.FormActions;
import vn.congdoan.intranet.shared.BusinessException;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.Texts;

/**
 * The article editor ({@code /news/desk/edit.xhtml?id=42}, no id for a new article). The form, its photos and the
 * version the page loaded stay in the view: a refused save keeps everything typed, and the service refuses a save
 * over someone else's newer change. An article the viewer may not change now opens on the review page instead.
 */
@Named
@ViewScoped
public class ArticleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "articleForm";
    private static final int PICKER_SIZE = 20;

    @Inject
    NewsDeskService desk;

    @Inject
    PhotoService photos;

    @Inject
    OrgUnitService units;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private NewsArticle article;
    private ArticleForm form;
    private long version;
    private NewsEvent returned;
    private OrgUnit audienceUnit;
    private OrgUnit ownUnit;
    private List<NewsCategory> categories;
    private Long pendingPhotoId;
    private boolean provinceWriter;
    private String aboveName;
    private String pendingCaption;

    public void load() throws IOException {
        Viewer viewer = currentUser.get();
        viewer.require(Permission.WRITE_NEWS);
        ownUnit = units.getUnit(viewer, viewer.unitId());
        categories = desk.categories();
        provinceWriter = ownUnit.getParent() == null;
        aboveName = provinceWriter ? "" : ownUnit.getParent().getName();
        if (id == null) {
            form = desk.newForm(viewer);
            audienceUnit = ownUnit;
            return;
        }
        article = desk.getArticle(viewer, id);
        if (!DeskRules.mayEdit(viewer, article)) {
            Faces.redirect(Faces.getRequestContextPath() + "/news/desk/review.xhtml?id=" + id);
            return;
        }
        form = desk.formOf(viewer, id);
        version = article.getVersion();
        audienceUnit = article.getAudienceUnit();
        returned = desk.latestReturn(viewer, id).orElse(null);
    }

    public void saveDraft() {
        NewsArticle saved = write(() -> desk.save(currentUser.get(), id, prepared(), version));
        if (saved != null) {
            accept(saved);
            Texts.info("article.saved", new Formats().dateTime(saved.getUpdatedAt()));
        }
    }

    public String submit() {
        NewsArticle saved = write(() -> desk.submit(currentUser.get(), id, prepared(), version));
        if (saved == null) {
            return null;
        }
        OrgUnit above = saved.getAuthorUnit().getParent();
        return done("article.submittedTo", saved, above == null ? "" : above.getName());
    }

    public String publish() {
        NewsArticle saved = write(() -> desk.saveAndPublish(currentUser.get(), id, prepared(), version));
        return saved == null ? null : done("article.publishedDone", saved, saved.getTitle());
    }

    private NewsArticle write(java.util.function.Supplier<NewsArticle> call) {
        return FormActions.run(FORM, id == null ? null : () -> desk.conflict(currentUser.get(), id), call);
    }

    private String done(String key, NewsArticle saved, Object argument) {
        Faces.getFlash().setKeepMessages(true);
        Texts.info(key, argument);
        return "/news/desk/review?faces-redirect=true&id=" + saved.getId();
    }

    private ArticleForm prepared() {
        form.setAudienceUnitId(audienceUnit == null ? null : audienceUnit.getId());
        return form;
    }

    private void accept(NewsArticle saved) {
        article = saved;
        id = saved.getId();
        version = saved.getVersion();
        form.setCoverImageId(saved.getCoverImageId());
    }

    /** Stores the uploaded photo (checked and re-encoded by the service) and offers it for insertion. */
    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        if (content == null) {
            Texts.error(BusinessException.onField("photo", "photo.unreadable", event.getFile().getFileName()), FORM);
            return;
        }
        NewsImage image = FormActions.run(FORM,
                () -> photos.upload(currentUser.get(), event.getFile().getFileName(), content));
        if (image != null) {
            pendingPhotoId = image.getId();
            pendingCaption = null;
        }
    }

    /** Adds the uploaded photo and its caption at the end of the article. */
    public void insertPhoto() {
        if (pendingPhotoId == null) {
            return;
        }
        if (pendingCaption != null && pendingCaption.strip().length() > NewsDeskService.CAPTION_MAX) {
            Texts.error(BusinessException.onField("pendingCaption", "article.caption.tooLong",
                    NewsDeskService.CAPTION_MAX), FORM);
            return;
        }
        form.getPhotos().add(new ArticleForm.PhotoLine(pendingPhotoId, pendingCaption));
        if (form.getCoverImageId() == null) {
            form.setCoverImageId(pendingPhotoId);
        }
        pendingPhotoId = null;
        pendingCaption = null;
    }

    public void removePhoto(ArticleForm.PhotoLine line) {
        form.getPhotos().remove(line);
        if (form.getCoverImageId() != null && form.getCoverImageId() == line.getImageId()) {
            form.setCoverImageId(form.getPhotos().isEmpty() ? null : form.getPhotos().get(0).getImageId());
        }
    }

    public void moveUp(ArticleForm.PhotoLine line) {
        int index = form.getPhotos().indexOf(line);
        if (index > 0) {
            form.getPhotos().remove(index);
            form.getPhotos().add(index - 1, line);
        }
    }

    public void makeCover(ArticleForm.PhotoLine line) {
        form.setCoverImageId(line.getImageId());
    }

    public boolean isCover(ArticleForm.PhotoLine line) {
        return form.getCoverImageId() != null && form.getCoverImageId() == line.getImageId();
    }

    /** The province's writer addresses the whole province in one click. */
    public void wholeProvince() {
        audienceUnit = ownUnit;
        form.setIncludeBelow(true);
    }

    public boolean isProvinceWriter() {
        return provinceWriter;
    }

    public List<OrgUnit> completeUnit(String text) {
        return units.searchUnits(currentUser.get(), text, PICKER_SIZE);
    }

    public boolean isMayPublish() {
        return currentUser.get().can(Permission.PUBLISH_NEWS);
    }

    public String getConfirmSubmit() {
        return Texts.get("article.confirmSubmit", aboveName);
    }

    public int getMaxMegabytes() {
        return PhotoProcessor.MAX_MEGABYTES;
    }

    public long getMaxBytes() {
        return PhotoProcessor.MAX_BYTES;
    }

    public String getTooLargeMessage() {
        return Texts.get("photo.tooLarge", "{name}", PhotoProcessor.MAX_MEGABYTES);
    }

    public int getTitleMax() {
        return NewsArticle.TITLE_MAX;
    }

    public int getLeadMax() {
        return NewsArticle.LEAD_MAX;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NewsArticle getArticle() {
        return article;
    }

    public ArticleForm getForm() {
        return form;
    }

    public long getVersion() {
        return version;
    }

    public NewsEvent getReturned() {
        return returned;
    }

    public OrgUnit getAudienceUnit() {
        return audienceUnit;
    }

    public void setAudienceUnit(OrgUnit audienceUnit) {
        this.audienceUnit = audienceUnit;
    }

    public OrgUnit getOwnUnit() {
        return ownUnit;
    }

    public List<NewsCategory> getCategories() {
        return categories;
    }

    public Long getPendingPhotoId() {
        return pendingPhotoId;
    }

    public String getPendingCaption() {
        return pendingCaption;
    }

    public void setPendingCaption(String pendingCaption) {
        this.pendingCaption = pendingCaption;
    }
}
