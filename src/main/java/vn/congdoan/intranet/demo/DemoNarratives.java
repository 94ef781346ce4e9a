package vn.congdoan.intranet.demo;

import java.util.Random;
import vn.congdoan.intranet.reporting.ReportNarrative;

/**
 * The narrative sections of the demo reports, composed from paragraphs written for this demo: each section picks a
 * few paragraphs at random (seeded), so reports read differently from school to school but stay plausible.
 */
public final class DemoNarratives {

    private static final String[] RESULTS = {
        "Ban Chấp hành công đoàn đã phối hợp chặt chẽ với Ban Giám hiệu xây dựng kế hoạch hoạt động ngay từ đầu năm"
            + " học, tổ chức thành công Hội nghị viên chức, người lao động với {0} đoàn viên tham dự; các chỉ tiêu"
            + " thi đua được thảo luận dân chủ và cụ thể hóa đến từng tổ chuyên môn.",
        "Công tác chăm lo đời sống đoàn viên được quan tâm thường xuyên: thăm hỏi kịp thời đoàn viên ốm đau, gia"
            + " đình có việc hiếu; trao quà Tết cho toàn bộ đoàn viên; hỗ trợ các đoàn viên có hoàn cảnh khó khăn từ"
            + " quỹ phúc lợi và nguồn vận động.",
        "Phong trào \"Giỏi việc trường, đảm việc nhà\" tiếp tục được duy trì, nhiều nữ đoàn viên đạt danh hiệu giáo"
            + " viên dạy giỏi cấp trường, cấp huyện; công tác nữ công gắn với chăm sóc sức khỏe sinh sản và tổ chức"
            + " hoạt động ngày 8/3, 20/10 sôi nổi, thiết thực.",
        "Công đoàn đã giám sát việc thực hiện chế độ, chính sách đối với nhà giáo và người lao động; tiền lương,"
            + " phụ cấp, nâng lương được chi trả đầy đủ, đúng hạn; quy chế chi tiêu nội bộ được công khai tại hội"
            + " nghị.",
        "Hoạt động văn hóa, văn nghệ, thể dục thể thao được tổ chức vào các dịp lễ lớn, tạo không khí đoàn kết; đội"
            + " văn nghệ của công đoàn tham gia hội diễn do cấp trên tổ chức và được khen ngợi.",
        "Công tác phát triển đoàn viên được chú trọng; 100% cán bộ, nhà giáo, người lao động mới về trường được kết"
            + " nạp vào tổ chức công đoàn, thẻ đoàn viên được cấp đầy đủ."
    };
    private static final String[] HIGHLIGHTS = {
        "Điểm nổi bật của năm học là việc triển khai chuyển đổi số trong quản lý hồ sơ đoàn viên; toàn bộ danh sách"
            + " đoàn viên đã được cập nhật lên hệ thống, giảm đáng kể thời gian tổng hợp báo cáo.",
        "Công đoàn đã vận động đoàn viên đóng góp xây dựng quỹ \"Tấm lòng vàng\", hỗ trợ kịp thời học sinh có hoàn"
            + " cảnh đặc biệt khó khăn được tiếp tục đến trường.",
        "Tổ chức thành công chuyên đề đổi mới phương pháp dạy học theo chương trình giáo dục phổ thông mới, có sự"
            + " tham gia của các tổ chuyên môn và giáo viên trẻ.",
        "Lần đầu tiên công đoàn tổ chức ngày hội \"Gia đình nhà giáo hạnh phúc\", thu hút đông đảo đoàn viên và"
            + " người thân tham gia."
    };
    private static final String[] LIMITATIONS = {
        "Một số hoạt động còn mang tính hình thức, chưa thu hút được đông đảo đoàn viên trẻ tham gia; nguyên nhân"
            + " chủ yếu là khối lượng công việc chuyên môn lớn và thời gian sinh hoạt công đoàn hạn chế.",
        "Cán bộ công đoàn đều kiêm nhiệm nên việc đầu tư cho công tác công đoàn chưa nhiều; kinh phí hoạt động còn"
            + " hạn hẹp so với nhu cầu chăm lo đoàn viên.",
        "Việc thu thập tâm tư, nguyện vọng của đoàn viên chưa thường xuyên; một số kiến nghị chưa được tổng hợp kịp"
            + " thời để chuyển đến cấp có thẩm quyền giải quyết.",
        "Cơ sở vật chất phục vụ hoạt động văn hóa, thể thao còn thiếu, ảnh hưởng đến việc tổ chức các hoạt động"
            + " phong trào quy mô lớn."
    };
    private static final String[] LESSONS = {
        "Sự thống nhất giữa công đoàn và chuyên môn là yếu tố quyết định; mọi hoạt động cần có kế hoạch cụ thể,"
            + " phân công rõ người, rõ việc và kiểm tra đánh giá thường xuyên.",
        "Phát huy vai trò gương mẫu của cán bộ công đoàn, lắng nghe và giải quyết kịp thời những băn khoăn của đoàn"
            + " viên thì phong trào mới bền vững.",
        "Cần lựa chọn nội dung thi đua thiết thực, gắn với nhiệm vụ chuyên môn của nhà trường để đoàn viên tham"
            + " gia tự giác."
    };
    private static final String[] DIRECTIONS = {
        "Tiếp tục đẩy mạnh các phong trào thi đua yêu nước gắn với nhiệm vụ năm học mới; phấn đấu 100% đoàn viên"
            + " hoàn thành tốt nhiệm vụ, công đoàn đạt danh hiệu vững mạnh.",
        "Nâng cao chất lượng sinh hoạt tổ công đoàn, đổi mới nội dung và hình thức hoạt động theo hướng hướng về"
            + " cơ sở, lấy đoàn viên làm trung tâm.",
        "Chủ động phối hợp với chuyên môn chăm lo đời sống vật chất, tinh thần cho đoàn viên; quan tâm hơn nữa đến"
            + " nữ đoàn viên và đoàn viên có hoàn cảnh khó khăn."
    };
    private static final String[] PROPOSALS = {
        "Đề nghị công đoàn cấp trên tiếp tục tổ chức các lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở, nhất là"
            + " cán bộ mới tham gia Ban Chấp hành.",
        "Đề nghị cấp trên quan tâm hỗ trợ kinh phí cho các hoạt động văn hóa, thể thao và công tác nữ công.",
        "Không có kiến nghị thêm."
    };

    private DemoNarratives() {
    }

    public static ReportNarrative compose(Random random, int members) {
        ReportNarrative narrative = new ReportNarrative();
        narrative.setMainResults(paragraphs(random, RESULTS, 3).replace("{0}", String.valueOf(members)));
        narrative.setHighlights(paragraphs(random, HIGHLIGHTS, 1 + random.nextInt(2)));
        narrative.setLimitations(paragraphs(random, LIMITATIONS, 2));
        narrative.setLessons(paragraphs(random, LESSONS, 1 + random.nextInt(2)));
        narrative.setDirections(paragraphs(random, DIRECTIONS, 2));
        narrative.setProposals(paragraphs(random, PROPOSALS, 1));
        return narrative;
    }

    /** Several distinct paragraphs of a section, in the order written, separated by blank lines. */
    private static String paragraphs(Random random, String[] pool, int count) {
        boolean[] chosen = new boolean[pool.length];
        for (int picked = 0; picked < Math.min(count, pool.length); ) {
            int i = random.nextInt(pool.length);
            if (!chosen[i]) {
                chosen[i] = true;
                picked++;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pool.length; i++) {
            if (chosen[i]) {
                text.append(text.length() == 0 ? "" : "\n\n").append(pool[i]);
            }
        }
        return text.toString();
    }

    public static final String[] RETURN_COMMENTS = {
        "Đề nghị bổ sung số liệu nữ đoàn viên cho khớp với danh sách đoàn viên.",
        "Phần hạn chế còn chung chung, đề nghị nêu rõ nguyên nhân.",
        "Số tiền chi phúc lợi chưa khớp với báo cáo tài chính công đoàn, đề nghị kiểm tra lại."
    };
}
