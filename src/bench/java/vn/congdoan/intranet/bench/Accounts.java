package vn.congdoan.intranet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The accounts of the users CSV ({@code username,role,unit_id,province}, as the dataset generator writes it), split
 * by role and shuffled. Officers are dealt out once: a report can be submitted only once, so two virtual users must
 * never work as the same grassroots officer. Members and leaders are dealt out in turn, so that as long as there are
 * more accounts than users no account signs in twice at the same moment: two simultaneous sign-ins of one account
 * both update its row, and the second fails on the optimistic lock with a 500.
 */
final class Accounts {

    final List<Map<String, Object>> members = new ArrayList<>();
    final List<Map<String, Object>> officers = new ArrayList<>();
    final List<Map<String, Object>> leaders = new ArrayList<>();

    private Accounts() {
    }

    static Accounts read(String csv) {
        Accounts accounts = new Accounts();
        Path path = Path.of(csv);
        try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
            lines.skip(1).map(String::strip).filter(line -> !line.isEmpty()).forEach(accounts::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bench.usersCsv " + path.toAbsolutePath(), e);
        }
        Collections.shuffle(accounts.members);
        Collections.shuffle(accounts.officers);
        Collections.shuffle(accounts.leaders);
        if (accounts.members.isEmpty() || accounts.officers.isEmpty() || accounts.leaders.isEmpty()) {
            throw new IllegalStateException(csv + " needs at least one MEMBER, GRASSROOTS_OFFICER and PROVINCE_LEADER");
        }
        return accounts;
    }

    private void add(String line) {
        String[] f = line.split(",", -1);
        Map<String, Object> row = Map.of("username", f[0], "role", f[1],
                "unitId", f.length > 2 ? f[2] : "", "province", f.length > 3 ? f[3] : "");
        switch (f[1]) {
            case "MEMBER" -> members.add(row);
            case "GRASSROOTS_OFFICER" -> officers.add(row);
            case "PROVINCE_LEADER" -> leaders.add(row);
            default -> {
                // superior officers and the administrator have no journey of their own
            }
        }
    }

    /** The officers for the report journey: the first half of the shuffled list. */
    List<Map<String, Object>> reportOfficers() {
        return officers.size() < 2 ? officers : officers.subList(0, officers.size() / 2);
    }

    /** The officers for the welfare journey: the second half, so no officer is in both. */
    List<Map<String, Object>> welfareOfficers() {
        return officers.size() < 2 ? officers : officers.subList(officers.size() / 2, officers.size());
    }
}
