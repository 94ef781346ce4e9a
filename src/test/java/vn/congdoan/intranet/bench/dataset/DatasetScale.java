package vn.congdoan.intranet.bench.dataset;

/**
 * How big a generated dataset is. Members per school follow the school's kind (kindergartens are small, upper
 * secondary schools large) times {@code memberFactor}, which sets the average: about 37 at national scale
 * (1.5 million members in 40,000 unions), 52 in the big province (130,000 in 2,500).
 */
public enum DatasetScale {
    /** For the persistence test: two small provinces, about a thousand members. */
    TINY(2, 30, 3, 2, 0.45, 40),
    /** One large province: 2,500 grassroots unions, about 130,000 members. */
    PROVINCE(1, 2_500, 30, 6, 1.4, 2_400),
    /** The country after the 2025 merger: 34 provinces, 40,000 grassroots unions, about 1.5 million members. */
    NATIONAL(34, 1_176, 15, 6, 1.0, 600);

    final int provinces;
    final int schoolsPerProvince;
    final int districtsPerProvince;
    final int communesPerDistrict;
    final double memberFactor;
    final int newsPerProvince;

    DatasetScale(int provinces, int schoolsPerProvince, int districtsPerProvince, int communesPerDistrict,
                 double memberFactor, int newsPerProvince) {
        this.provinces = provinces;
        this.schoolsPerProvince = schoolsPerProvince;
        this.districtsPerProvince = districtsPerProvince;
        this.communesPerDistrict = communesPerDistrict;
        this.memberFactor = memberFactor;
        this.newsPerProvince = newsPerProvince;
    }

    public int provinces() {
        return provinces;
    }

    public int schoolsPerProvince() {
        return schoolsPerProvince;
    }
}
