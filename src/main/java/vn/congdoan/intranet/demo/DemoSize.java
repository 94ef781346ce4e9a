package vn.congdoan.intranet.demo;

/**
 * How big a generated province is. {@link #DEMO} is the small province of the demo (about 40 grassroots unions and
 * 2,000 members); {@link #PROVINCE_SCALE} the large one for benchmarks (about 2,000 unions and 100,000 members).
 */
public record DemoSize(int districts, int schoolsPerDistrict, int sectorSchools, double memberFactor) {

    public static final DemoSize DEMO = new DemoSize(3, 10, 8, 1.1);
    public static final DemoSize PROVINCE_SCALE = new DemoSize(40, 48, 60, 1.35);
}
