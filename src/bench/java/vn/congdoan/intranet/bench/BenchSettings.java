package vn.congdoan.intranet.bench;

import java.time.Duration;

/**
 * What a run is asked to do, from the {@code bench.*} system properties the Maven profile {@code bench} passes on
 * (see pom.xml). Defaults fit the demo on H2 at port 18181, so a bare {@code mvn -Pbench gatling:test} works against
 * a demo server started by hand.
 */
final class BenchSettings {

    /** The server under test, without a trailing slash. */
    static final String BASE_URL = trimSlash(System.getProperty("bench.baseUrl", "http://localhost:18181"));
    /** Signed-in virtual users of the journeys (each signs in once and keeps its session). */
    static final int USERS = Integer.getInteger("bench.users", 20);
    /** Seconds each virtual user keeps repeating its journey after signing in. */
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.duration", 60));
    /** Seconds over which the users arrive: every sign-in costs a 600,000-round PBKDF2, so they cannot all come at once. */
    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("bench.ramp", 0) > 0 ? Integer.getInteger("bench.ramp")
            : Math.max(10, Math.min(60, USERS / 3)));
    /** Accounts to sign in with: {@code username,role,unit_id,province}. */
    static final String USERS_CSV = System.getProperty("bench.usersCsv", "src/bench/resources/demo-users.csv");
    /** The password of every benchmark account (the generator and the demo data use the same one). */
    static final String PASSWORD = System.getProperty("bench.password", "Demo@2026");
    /** Shares of the users, in percent: members reading news, officers on members and reports, leaders, welfare. */
    static final int[] MIX = parseMix(System.getProperty("bench.mix", "50,25,10,15"));
    /** Whether pages also fetch the news photos they show, as a browser does (revalidated by ETag). */
    static final boolean IMAGES = Boolean.parseBoolean(System.getProperty("bench.images", "true"));

    /** Throughput simulation: concurrent users per page, without think time. */
    static final int THROUGHPUT_USERS = Integer.getInteger("bench.throughput.users", 16);
    /** Throughput simulation: seconds of measurement per page. */
    static final Duration THROUGHPUT_DURATION = Duration.ofSeconds(Integer.getInteger("bench.throughput.duration", 30));

    private BenchSettings() {
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int[] parseMix(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bench.mix needs four percentages (member,officer,leader,welfare): " + text);
        }
        int[] mix = new int[4];
        for (int i = 0; i < 4; i++) {
            mix[i] = Integer.parseInt(parts[i].trim());
        }
        return mix;
    }

    /** The users of journey {@code index} in {@link #MIX}; rounding leftovers go to the members. */
    static int usersOf(int index) {
        int total = 0;
        for (int share : MIX) {
            total += share;
        }
        int[] counts = new int[4];
        int assigned = 0;
        for (int i = 1; i < 4; i++) {
            counts[i] = MIX[i] == 0 ? 0 : Math.max(1, USERS * MIX[i] / total);
            assigned += counts[i];
        }
        counts[0] = MIX[0] == 0 ? 0 : Math.max(0, USERS - assigned);
        return counts[index];
    }
}
