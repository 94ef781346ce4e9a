package vn.congdoan.intranet.welfare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;
import vn.congdoan.intranet.reporting.export.ExportFile;
import vn.congdoan.intranet.security.CurrentUser;
import vn.congdoan.intranet.shared.Formats;
import vn.congdoan.intranet.shared.LocaleBacking;
import vn.congdoan.intranet.shared.Texts;

/**
 * The leaders' welfare summary ({@code /welfare/summary.xhtml?year=2026&branch=42}): a year of paid support within
 * the viewer's scope or one branch of it, with a chart of spending by kind and the Excel download.
 */
@Named
@ViewScoped
public class WelfareSummaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAST_YEARS = 5;
    /** One colour per kind, in the order of {@link WelfareKind}. */
    private static final String[] COLOURS = {"#2e7d32", "#f9a825", "#6d4c41", "#c62828", "#1565c0", "#00838f",
        "#6a1b9a", "#757575"};

    @Inject
    WelfareBoardService board;

    @Inject
    CurrentUser currentUser;

    /** The reader's language: a view action runs before the view's own locale is set. */
    @Inject
    LocaleBacking language;

    private Integer year;
    private Long branchId;
    private WelfareSummary summary;
    private String chart;

    public void load() {
        if (year == null) {
            year = Formats.today().getYear();
        }
        summary = board.summary(currentUser.get(), year, branchId);
        chart = summary.byKind().isEmpty() ? null : chartJson(summary.byKind(), language.getLocale());
    }

    public void download() throws IOException {
        ExportFile file = board.summaryWorkbook(currentUser.get(), year, branchId, language.getLocale());
        Faces.sendFile(file.content(), file.name(), true);
    }

    /** A Chart.js pie of the money paid by kind, labels in the page's language. */
    private static String chartJson(List<WelfareSummary.KindRow> rows, Locale locale) {
        StringBuilder labels = new StringBuilder();
        StringBuilder data = new StringBuilder();
        StringBuilder colours = new StringBuilder();
        for (WelfareSummary.KindRow row : rows) {
            String sep = labels.isEmpty() ? "" : ",";
            labels.append(sep).append(jsonString(Texts.get(locale, row.kind().labelKey())));
            data.append(sep).append(row.amountPaid());
            colours.append(sep).append('"').append(COLOURS[row.kind().ordinal() % COLOURS.length]).append('"');
        }
        return "{\"type\":\"pie\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"data\":[" + data
                + "],\"backgroundColor\":[" + colours + "]}]},\"options\":{\"responsive\":true,"
                + "\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}";
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    public List<Integer> getYears() {
        int now = Formats.today().getYear();
        return IntStream.rangeClosed(now - PAST_YEARS, now).boxed().sorted((a, b) -> b - a).toList();
    }

    /** Each month's money, for the table: month number and amount. */
    public List<long[]> getMonths() {
        return IntStream.range(0, 12).mapToObj(m -> new long[] {m + 1, summary.byMonth()[m]}).toList();
    }

    public String monthName(long month) {
        return Texts.get("welfare.summary.monthName", String.valueOf(month));
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public WelfareSummary getSummary() {
        return summary;
    }

    public String getChart() {
        return chart;
    }
}
