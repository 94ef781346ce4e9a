package vn.congdoan.intranet.membership.importing;

import java.util.List;
import vn.congdoan.intranet.membership.Gender;
import vn.congdoan.intranet.shared.TextNormalizer;

/**
 * The column layout of a member list file, shared by the template, the export and the parser so that an exported
 * file imports again. The header texts are part of the file format, so they are Vietnamese whatever the UI language.
 */
public enum MemberSheet {

    FULL_NAME("Họ và tên", "Họ và tên", "member.fullName", 30),
    GENDER("Giới tính (Nam/Nữ)", "Giới tính", "member.gender", 16),
    DATE_OF_BIRTH("Ngày sinh (dd/MM/yyyy)", "Ngày sinh", "member.dateOfBirth", 20),
    JOB_TITLE("Chức vụ", "Chức vụ", "member.jobTitle", 26),
    JOINED_ON("Ngày vào công đoàn (dd/MM/yyyy)", "Ngày vào công đoàn", "member.joinedOn", 28),
    CARD_NUMBER("Số thẻ đoàn viên", "Số thẻ", "member.cardNumber", 20);

    /** Name of the sheet that holds the list; it is always the first sheet of the file. */
    public static final String LIST_SHEET = "Danh sách đoàn viên";
    /** Name of the second sheet, which explains the columns. */
    public static final String HELP_SHEET = "Hướng dẫn";
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final String MALE = "Nam";
    public static final String FEMALE = "Nữ";

    private final String header;
    private final String headerStart;
    private final String labelKey;
    private final int width;

    MemberSheet(String header, String headerStart, String labelKey, int width) {
        this.header = header;
        this.headerStart = headerStart;
        this.labelKey = labelKey;
        this.width = width;
    }

    /** The header cell's text in the template and the export. */
    public String header() {
        return header;
    }

    /** Bundle key of the column's name, for error messages in the UI language. */
    public String labelKey() {
        return labelKey;
    }

    /** Column width in characters. */
    public int width() {
        return width;
    }

    public int index() {
        return ordinal();
    }

    /** Whether a header cell names this column: its start, folded ("ho va ten", "HỌ VÀ TÊN (*)" both do). */
    boolean matchesHeader(String text) {
        String folded = TextNormalizer.fold(text);
        return folded != null && folded.startsWith(TextNormalizer.fold(headerStart));
    }

    public static List<MemberSheet> columns() {
        return List.of(values());
    }

    /** How the file writes a gender. */
    public static String genderText(Gender gender) {
        return gender == null ? "" : gender == Gender.MALE ? MALE : FEMALE;
    }

    /** The gender a cell names ("Nam", "nữ", "NU"), or null. */
    public static Gender parseGender(String text) {
        String folded = TextNormalizer.fold(text);
        if ("nam".equals(folded)) {
            return Gender.MALE;
        }
        return "nu".equals(folded) ? Gender.FEMALE : null;
    }

    /** The lines of the help sheet: what each column holds. */
    static List<String[]> helpLines() {
        return List.of(
                new String[] {"Cột", "Cách điền"},
                new String[] {FULL_NAME.header, "Bắt buộc. Họ và tên đầy đủ, có dấu, tối đa 120 ký tự."},
                new String[] {GENDER.header, "Bắt buộc. Ghi \"Nam\" hoặc \"Nữ\"."},
                new String[] {DATE_OF_BIRTH.header, "Bắt buộc. Ô kiểu ngày của Excel hoặc văn bản dd/MM/yyyy, "
                        + "ví dụ 05/09/1985. Không được là ngày trong tương lai."},
                new String[] {JOB_TITLE.header, "Không bắt buộc. Ví dụ: Giáo viên, Kế toán, Phó Hiệu trưởng. "
                        + "Tối đa 120 ký tự."},
                new String[] {JOINED_ON.header, "Bắt buộc. Ngày vào công đoàn, dạng như ngày sinh; "
                        + "không trước ngày đủ 15 tuổi, không trong tương lai."},
                new String[] {CARD_NUMBER.header, "Không bắt buộc. Đúng 12 chữ số, định dạng ô là Văn bản để giữ "
                        + "các số 0 ở đầu. Để trống: hệ thống tự cấp số thẻ mới."},
                new String[] {"", ""},
                new String[] {"Lưu ý", "Chỉ đọc trang tính đầu tiên, từ dòng 2. Không dùng công thức. "
                        + "Tối đa " + MemberSheetParser.MAX_ROWS + " dòng; tệp .xlsx tối đa "
                        + MemberSheetParser.MAX_FILE_BYTES / (1024 * 1024) + " MB."},
                new String[] {"", "Dòng trùng số thẻ, hoặc trùng họ tên và ngày sinh với một dòng khác hay với "
                        + "đoàn viên đã có của công đoàn, sẽ bị báo lỗi và không được nhập."});
    }
}
