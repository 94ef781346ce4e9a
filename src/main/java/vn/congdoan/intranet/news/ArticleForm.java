package vn.congdoan.intranet.news;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the editor holds while an article is written: the text fields, the body without its photos (the rich-text
 * editor cannot hold figures), the photos in order with their captions, and the chosen audience. The service turns it
 * into the stored article, the photos appended to the body as figures.
 */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One photo of the article: the stored image and its caption (plain text). */
    public static class PhotoLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private long imageId;
        private String caption;

        public PhotoLine() {
        }

        public PhotoLine(long imageId, String caption) {
            this.imageId = imageId;
            this.caption = caption;
        }

        public long getImageId() {
            return imageId;
        }

        public void setImageId(long imageId) {
            this.imageId = imageId;
        }

        public String getCaption() {
            return caption;
        }

        public void setCaption(String caption) {
            this.caption = caption;
        }
    }

    private String title;
    private String lead;
    private String bodyHtml;
    private Long categoryId;
    private String source;
    private Long audienceUnitId;
    private boolean includeBelow;
    private Long coverImageId;
    private final List<PhotoLine> photos = new ArrayList<>();

    /** The form of a stored article. */
    public static ArticleForm of(NewsArticle article, ArticleSanitizer sanitizer) {
        ArticleForm form = new ArticleForm();
        form.title = article.getTitle();
        form.lead = article.getLead();
        ArticleSanitizer.Split split = sanitizer.split(article.getBodyHtml());
        form.bodyHtml = split.textHtml();
        split.photos().forEach(p -> form.photos.add(new PhotoLine(p.imageId(), p.caption())));
        form.categoryId = article.getCategory().getId();
        form.source = article.getSource();
        form.audienceUnitId = article.getAudienceUnit().getId();
        form.includeBelow = article.isIncludeBelow();
        form.coverImageId = article.getCoverImageId();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getAudienceUnitId() {
        return audienceUnitId;
    }

    public void setAudienceUnitId(Long audienceUnitId) {
        this.audienceUnitId = audienceUnitId;
    }

    public boolean isIncludeBelow() {
        return includeBelow;
    }

    public void setIncludeBelow(boolean includeBelow) {
        this.includeBelow = includeBelow;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public void setCoverImageId(Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    public List<PhotoLine> getPhotos() {
        return photos;
    }
}
