package vn.congdoan.intranet.demo;

import java.util.Random;
import vn.congdoan.intranet.membership.Gender;

/**
 * Realistic Vietnamese full names: family names weighted roughly as in the population (Nguyễn about a third),
 * middle and given names by gender.
 */
public final class VietnameseNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai", "Lương"};
    private static final int[] FAMILY_WEIGHT = {38, 11, 9, 7, 4, 3, 4, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim",
        "Phương", "Mỹ", "Thị Thu", "Thị Thanh", "Thị Ngọc", "Thị Hồng", "Diệu", "Bảo"};
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công",
        "Xuân", "Ngọc", "Quốc", "Anh", "Trọng", "Đình", "Tiến"};
    private static final String[] GIVEN_FEMALE = {"Lan", "Hương", "Hoa", "Mai", "Hà", "Linh", "Trang", "Thủy",
        "Hạnh", "Nga", "Nhung", "Huyền", "Thảo", "Yến", "Dung", "Loan", "Oanh", "Phượng", "Vân", "Hằng", "Giang",
        "Ngân", "Anh", "Châu", "Tuyết", "Hiền", "Quyên", "Trinh", "Thắm", "Liên", "Xuân", "Diệp", "Nhàn", "Hồng"};
    private static final String[] GIVEN_MALE = {"Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Sơn", "Long", "Thắng",
        "Quân", "Bình", "Cường", "Hòa", "Trung", "Phong", "Tài", "Khánh", "Thành", "Đức", "Hiếu", "Việt", "Toàn",
        "Lâm", "Huy", "Phúc", "Đạt", "Kiên", "Tùng", "Vinh"};
    private static final int FAMILY_TOTAL = java.util.Arrays.stream(FAMILY_WEIGHT).sum();

    private VietnameseNames() {
    }

    public static String fullName(Random random, Gender gender) {
        boolean female = gender == Gender.FEMALE;
        return family(random) + " " + pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
    }

    private static String family(Random random) {
        int roll = random.nextInt(FAMILY_TOTAL);
        for (int i = 0; i < FAMILY.length; i++) {
            roll -= FAMILY_WEIGHT[i];
            if (roll < 0) {
                return FAMILY[i];
            }
        }
        return FAMILY[0];
    }

    public static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
