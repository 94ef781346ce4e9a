package vn.congdoan.intranet.bench.dataset;

import java.util.Random;

/**
 * The words of the benchmark dataset that the demo does not have: fictional place names (built from syllables, so
 * there are enough for 34 provinces and three thousand communes), school names, and short news and welfare texts
 * written for this generator.
 */
final class DatasetTexts {

    private static final String[] FIRST = {"An", "Bình", "Tân", "Phú", "Hòa", "Vĩnh", "Thạnh", "Đông", "Tây", "Nam",
        "Bắc", "Long", "Phước", "Thanh", "Hưng", "Minh", "Quảng", "Hải", "Sơn", "Kim", "Mỹ", "Lộc", "Gia", "Đức",
        "Thuận", "Yên", "Cẩm", "Hương", "Trung", "Xuân", "Lạc", "Định"};
    private static final String[] SECOND = {"Lợi", "Hòa", "Thịnh", "Khánh", "Lâm", "Điền", "Giang", "Phong", "Lạc",
        "Hưng", "Tiến", "Thành", "Trạch", "Xuyên", "Mỹ", "Lập", "Bình", "Phú", "Tân", "Quang", "Dương", "Hà",
        "Châu", "Hiệp", "Cường", "Vinh", "Đồng", "Sơn", "Thủy", "Nguyên", "Yên", "Long"};

    static final String[] KINDERGARTENS = {"Hoa Sen", "Sơn Ca", "Hoa Mai", "Vành Khuyên", "Họa Mi", "Tuổi Thơ",
        "Hoa Hồng", "Bình Minh", "Hướng Dương", "Sao Mai", "Hoa Ban", "Thỏ Ngọc", "Búp Sen Hồng", "Ánh Dương"};
    static final String[] PRIMARY = {"Kim Đồng", "Lê Văn Tám", "Võ Thị Sáu", "Nguyễn Văn Trỗi", "Trần Quốc Toản",
        "Hoàng Diệu", "Lê Lợi", "Quang Trung", "Phan Chu Trinh", "Ngô Quyền", "Lý Thường Kiệt", "Nguyễn Trãi"};
    static final String[] LOWER_SECONDARY = {"Nguyễn Du", "Chu Văn An", "Lý Tự Trọng", "Trần Hưng Đạo",
        "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh", "Đoàn Thị Điểm", "Nguyễn Khuyến", "Tô Hiến Thành", "Hai Bà Trưng"};
    static final String[] UPPER_SECONDARY = {"Lê Quý Đôn", "Trần Phú", "Phan Bội Châu", "Nguyễn Huệ",
        "Nguyễn Thị Minh Khai", "Lê Hồng Phong", "Bùi Thị Xuân", "Hùng Vương", "Phan Đình Phùng", "Nguyễn Đình Chiểu"};
    static final String[] TEACHER_TITLES = {"Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên",
        "Giáo viên", "Giáo viên", "Tổ trưởng chuyên môn", "Tổ phó chuyên môn", "Nhân viên kế toán",
        "Nhân viên văn thư", "Nhân viên y tế", "Nhân viên thư viện"};
    static final String[] OFFICE_TITLES = {"Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Trưởng phòng",
        "Phó Trưởng phòng", "Kế toán", "Văn thư"};

    private DatasetTexts() {
    }

    /** The n-th two-syllable place name; distinct for n below 1024. */
    static String place(int n) {
        int i = Math.floorMod(n * 7 + n / SECOND.length, FIRST.length);
        return FIRST[i] + " " + SECOND[Math.floorMod(n, SECOND.length)];
    }

    // ----- news ------------------------------------------------------------------------------------------------

    /** Titles; {0} is the writing unit's short name, {1} a school year or a year. */
    static final String[] NEWS_TITLES = {
        "{0} tổng kết hoạt động công đoàn năm học {1}",
        "{0} tổ chức Hội nghị cán bộ, viên chức, người lao động năm học {1}",
        "Trao quà Tết cho đoàn viên có hoàn cảnh khó khăn tại {0}",
        "{0} phát động phong trào thi đua \"Dạy tốt – học tốt\" năm học {1}",
        "Nữ đoàn viên {0} sôi nổi hưởng ứng ngày Phụ nữ Việt Nam 20/10",
        "{0} tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
        "Giải bóng chuyền hơi chào mừng ngày Nhà giáo Việt Nam tại {0}",
        "{0} thăm hỏi, động viên đoàn viên bị ảnh hưởng bởi mưa lũ",
        "Thông báo về việc tổ chức khám sức khỏe định kỳ cho đoàn viên năm {1}",
        "{0} biểu dương đoàn viên tiêu biểu trong phong trào \"Giỏi việc trường, đảm việc nhà\"",
        "Ra mắt câu lạc bộ tiếng Anh cho giáo viên trẻ tại {0}",
        "{0} sơ kết công tác nữ công học kỳ I năm học {1}",
        "Hướng dẫn đăng ký thi đua năm học {1}",
        "{0} trao tặng nhà \"Mái ấm Công đoàn\" cho đoàn viên khó khăn về nhà ở"
    };
    static final String[] NEWS_LEADS = {
        "Sáng nay, {0} đã tổ chức sự kiện với sự tham dự của đông đảo đoàn viên và đại diện chính quyền địa phương.",
        "Hoạt động diễn ra trong không khí vui tươi, đoàn kết, góp phần động viên cán bộ, nhà giáo yên tâm công tác.",
        "Đây là hoạt động thường niên nhằm chăm lo đời sống vật chất, tinh thần cho đoàn viên công đoàn.",
        "Sự kiện được chuẩn bị chu đáo từ nhiều tuần trước, với sự phối hợp chặt chẽ giữa công đoàn và chuyên môn."
    };
    static final String[] NEWS_PARAGRAPHS = {
        "Phát biểu tại buổi lễ, đồng chí Chủ tịch công đoàn ghi nhận những cố gắng của tập thể trong năm qua và mong"
            + " các thầy cô tiếp tục giữ vững tinh thần đoàn kết.",
        "Ban tổ chức đã dành nhiều phần quà ý nghĩa cho các đoàn viên có hoàn cảnh khó khăn, đoàn viên có thành tích"
            + " xuất sắc trong công tác giảng dạy.",
        "Các tiết mục văn nghệ do chính giáo viên dàn dựng mang lại nhiều cảm xúc, được người xem cổ vũ nhiệt tình.",
        "Trong năm học, công đoàn đã phối hợp với nhà trường tổ chức nhiều buổi sinh hoạt chuyên đề về đổi mới phương"
            + " pháp dạy học và ứng dụng công nghệ thông tin.",
        "Nhiều ý kiến tại hội nghị tập trung vào chế độ làm việc của giáo viên, việc bố trí phòng nghỉ và điều kiện"
            + " dạy học ở các điểm trường xa.",
        "Kết thúc chương trình, các đơn vị có thành tích nổi bật được nhận giấy khen, tạo động lực cho phong trào thi"
            + " đua trong thời gian tới.",
        "Công đoàn cũng phát động quyên góp ủng hộ quỹ hỗ trợ học sinh nghèo vượt khó, nhận được sự hưởng ứng rộng"
            + " rãi của đoàn viên.",
        "Đại diện lãnh đạo địa phương đánh giá cao vai trò của tổ chức công đoàn trong việc chăm lo, bảo vệ quyền lợi"
            + " hợp pháp của người lao động.",
        "Lớp tập huấn giúp cán bộ công đoàn nắm vững quy trình tiếp nhận, giải quyết kiến nghị của đoàn viên và cách"
            + " lập hồ sơ hỗ trợ.",
        "Các đội thi đấu trên tinh thần giao lưu, học hỏi; giải nhất thuộc về đội của tổ Khoa học tự nhiên."
    };
    static final String[] NEWS_AUTHORS_SUFFIX = {"Ban Tuyên giáo", "Ban Nữ công", "Văn phòng", "Ban Chính sách"};

    // ----- welfare ---------------------------------------------------------------------------------------------

    /** Kind, lowest and highest amount, gifts (or null), description. */
    record WelfareTemplate(String kind, long min, long max, String gifts, String description) {
    }

    static final WelfareTemplate[] WELFARE = {
        new WelfareTemplate("SICKNESS_VISIT", 500_000, 1_500_000, "Sữa và hoa quả",
                "Đoàn viên điều trị viêm phổi tại bệnh viện tỉnh, nghỉ dạy mười ngày."),
        new WelfareTemplate("SICKNESS_VISIT", 500_000, 1_000_000, null,
                "Đoàn viên mổ nội soi túi mật, đang nghỉ dưỡng tại gia đình."),
        new WelfareTemplate("ACCIDENT_VISIT", 1_000_000, 2_000_000, null,
                "Đoàn viên trượt ngã khi đi dạy ngày mưa, bong gân cổ chân phải bó bột."),
        new WelfareTemplate("BEREAVEMENT", 1_000_000, 2_000_000, "Vòng hoa viếng",
                "Thân mẫu của đoàn viên qua đời; công đoàn đến viếng và chia buồn cùng gia đình."),
        new WelfareTemplate("HARDSHIP", 2_000_000, 5_000_000, null,
                "Gia đình đoàn viên có người thân mắc bệnh hiểm nghèo, chi phí điều trị vượt quá thu nhập."),
        new WelfareTemplate("TET_GIFT", 500_000, 1_000_000, "Gạo, dầu ăn và bánh kẹo",
                "Quà Tết cho đoàn viên có hoàn cảnh khó khăn."),
        new WelfareTemplate("DISASTER_RELIEF", 2_000_000, 6_000_000, "Nước uống và nhu yếu phẩm",
                "Nhà đoàn viên bị ngập sâu trong đợt lũ, hư hỏng đồ đạc và sách vở của các con."),
        new WelfareTemplate("OTHER", 300_000, 800_000, null,
                "Hỗ trợ đoàn viên có con nhập học đại học, gia đình đông con.")
    };
    static final String[][] CONCERNS = {
        {"Đề nghị bố trí thêm máy chiếu cho phòng học", "Nhiều lớp chưa có máy chiếu, giáo viên phải mượn qua lại"
            + " giữa các tiết, mong công đoàn kiến nghị nhà trường."},
        {"Hỏi về chế độ trực hè", "Tôi được phân công trực hè ba tuần nhưng chưa rõ chế độ bồi dưỡng, mong được giải"
            + " đáp."},
        {"Đề nghị hỗ trợ khi gia đình gặp khó khăn", "Chồng tôi đang điều trị dài ngày, gia đình có hai con nhỏ. Tôi"
            + " mong công đoàn xem xét hỗ trợ."},
        {"Góp ý lịch sinh hoạt tổ công đoàn", "Lịch sinh hoạt tổ trùng giờ đón con của nhiều đồng nghiệp, đề nghị"
            + " chuyển sang đầu giờ chiều."}
    };
    static final String[] ANSWERS = {
        "Công đoàn đã trao đổi với Ban giám hiệu, nội dung sẽ được giải quyết trong tháng tới.",
        "Công đoàn ghi nhận và đưa vào chương trình hội nghị viên chức năm nay.",
        "Cảm ơn thầy cô đã phản ánh; bộ phận kế toán sẽ trả lời cụ thể tại buổi họp hội đồng."
    };

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
