package vn.congdoan.intranet.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats for views where Faces' converters fall short: Faces 4.0 cannot format an {@link Instant}. Times are shown
 * in Vietnam's time zone whatever the server's: {@code #{fmt.dateTime(account.lastLoginAt)}}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** A day as dd/MM/yyyy, for messages built in code (MessageFormat would print 2025-07-01). */
    public static String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A count as Vietnamese write it: 4.015. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }

    /** Money in whole đồng as Vietnamese write it: 1.500.000 ₫. */
    public String money(long value) {
        return number(value) + " ₫";
    }

    public String date(LocalDate date) {
        return day(date);
    }

    /** Today in Vietnam, whatever the server's zone. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
