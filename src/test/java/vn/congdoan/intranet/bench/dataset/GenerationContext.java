package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.DatasetGenerator.ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.reporting.ReportNarrative;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * What the stages of one run share across provinces: the scale and "today", the row writer, and the allocators of
 * ids and card numbers. Ids are allocated from one sequence for every table, as the application's id table generator
 * does, so that {@link SequenceCounters} can move that generator past all of them.
 */
final class GenerationContext {

    private static final long FIRST_CARD = 480_000_000_000L;

    final DatasetScale scale;
    final LocalDate today;
    final int lastYear;
    final RowWriter out;
    final String passwordHash;
    final ReportNarrative[] narratives;
    private final Map<String, String> folded = new HashMap<>();
    private long nextId = 1_000;
    private long nextCard = FIRST_CARD;
    private int schoolNumber;
    private int communeNumber;

    GenerationContext(DatasetScale scale, LocalDate today, RowWriter out, String passwordHash,
                      ReportNarrative[] narratives) {
        this.scale = scale;
        this.today = today;
        // the last school year that has ended (a school year Y runs from September Y to August Y+1)
        this.lastYear = today.getMonthValue() >= 9 ? today.getYear() - 1 : today.getYear() - 2;
        this.out = out;
        this.passwordHash = passwordHash;
        this.narratives = narratives;
    }

    long nextId() {
        return nextId++;
    }

    long nextCard() {
        return nextCard++;
    }

    /** The first id not yet used. */
    long idLimit() {
        return nextId;
    }

    /** The first card number not yet used. */
    long cardLimit() {
        return nextCard;
    }

    /** Numbers the grassroots unions across provinces for their accounts, canbo.cNNNNN and doanvien.cNNNNN. */
    int nextSchoolNumber() {
        return ++schoolNumber;
    }

    /** Numbers the commune unions across provinces for their officers' accounts, canbo.dNNNNN. */
    int nextCommuneNumber() {
        return ++communeNumber;
    }

    /** The app's own folding, cached: names repeat a lot and the regular expressions are the slow part. */
    String fold(String text) {
        if (text.length() > 80) {
            return TextNormalizer.fold(text);
        }
        String value = folded.get(text);
        if (value == null) {
            value = TextNormalizer.fold(text);
            if (folded.size() < 200_000) {
                folded.put(text, value);
            }
        }
        return value;
    }

    static Gender gender(Random r, double womenShare) {
        return r.nextDouble() < womenShare ? Gender.FEMALE : Gender.MALE;
    }

    /** A working hour of that day in Vietnam. */
    static Instant at(Random r, LocalDate day) {
        return day.atTime(LocalTime.of(7 + r.nextInt(10), r.nextInt(60))).atZone(ZONE).toInstant();
    }
}
