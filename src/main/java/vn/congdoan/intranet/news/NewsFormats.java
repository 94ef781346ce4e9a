package vn.congdoan.intranet.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.congdoan.intranet.shared.Formats;

/**
 * How the news shows times and counters, always in Vietnam's time zone: {@code #{newsFmt.day(a.publishedAt)}} gives
 * 03/09/2020, {@code #{newsFmt.updated(a.publishedAt)}} gives "17:08 - 03/09/2020" as union news sites print it.
 */
@Named("newsFmt")
@ApplicationScoped
public class NewsFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Formats.ZONE);
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("HH:mm - dd/MM/yyyy")
            .withZone(Formats.ZONE);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Formats.ZONE);

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public String updated(Instant at) {
        return at == null ? "" : UPDATED.format(at);
    }

    /** For the datetime attribute of a time element. */
    public String iso(Instant at) {
        return at == null ? "" : ISO.format(at);
    }

    /** The image URL of a photo (the desk's servlet), or null for the placeholder. */
    public String image(Long imageId) {
        return imageId == null ? null : "/news/image?id=" + imageId;
    }
}
