package vn.congdoan.intranet.welfare;

/** What a welfare case is for. Limits may differ by kind (large housing support goes to the province). */
public enum WelfareKind {
    SICKNESS_VISIT, ACCIDENT_VISIT, BEREAVEMENT, HARDSHIP, TET_GIFT, DISASTER_RELIEF, HOUSING_SUPPORT, OTHER;

    public String labelKey() {
        return "welfareKind." + name();
    }
}
