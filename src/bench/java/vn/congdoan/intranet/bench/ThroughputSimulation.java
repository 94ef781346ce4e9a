package vn.congdoan.intranet.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The server's maximum throughput, page by page: {@code bench.throughput.users} concurrent users (closed model, no
 * think time) request one page for {@code bench.throughput.duration} seconds, then the next page. The first page is
 * the sign-in page requested anonymously, which touches no database (no account to load, no query behind the
 * form); every other page is signed in and reads the database, so the ratio page / sign-in page is what the
 * database and the page's own work cost. Phases do not overlap: each role's users sign in, wait for each other, and
 * only then start counting. {@code src/bench/summary.py --phase SECONDS} turns the report into requests per second.
 */
public class ThroughputSimulation extends Simulation {

    static final String NO_DB = "login page (no database)";

    private final Accounts accounts = Accounts.read(BenchSettings.USERS_CSV);
    private final int users = BenchSettings.THROUGHPUT_USERS;
    private final Duration phase = BenchSettings.THROUGHPUT_DURATION;
    private final Duration signInRamp = Duration.ofSeconds(Integer.getInteger("bench.throughput.ramp", 8));

    /** {@code users} requests of {@code url} in a loop for one phase, once everybody is there. */
    private ChainBuilder hammer(String name, String url) {
        return rendezVous(users)
                .exec(during(phase).on(
                        exec(http(name).get(url)
                                .check(status().is(200), regex("<body[^>]*class=\"signed-in").exists())
                                .check(Faces.noError()))));
    }

    private ScenarioBuilder role(String name, FeederBuilder<Object> feeder, ChainBuilder pages) {
        return scenario(name).feed(feeder).exec(Journeys.signIn()).exec(pages);
    }

    private PopulationBuilder inject(ScenarioBuilder scenario) {
        return scenario.injectOpen(rampUsers(users).during(signInRamp));
    }

    private FeederBuilder<Object> accountsOf(List<Map<String, Object>> list) {
        return listFeeder(list).circular();
    }

    {
        ScenarioBuilder noDb = scenario("page without database")
                .exec(during(phase).on(
                        exec(http(NO_DB).get("/login.xhtml")
                                .check(status().is(200), substring("id=\"loginForm\"").exists(),
                                        regex("<body[^>]*class=\"public").exists()))));

        ScenarioBuilder member = role("member pages", accountsOf(accounts.members),
                exec(http("find articles").get("/news/index.xhtml")
                        .check(regex("href=\"[^\"]*/news/article\\.xhtml\\?id=(\\d+)\"").saveAs("article")))
                .exec(hammer("home (member)", "/index.xhtml"))
                .exec(hammer("news front", "/news/index.xhtml"))
                .exec(hammer("article", "/news/article.xhtml?id=#{article}")));

        ScenarioBuilder officer = role("officer pages", accountsOf(accounts.officers),
                exec(hammer("home (officer)", "/index.xhtml"))
                .exec(hammer("members list", "/units/members.xhtml"))
                .exec(hammer("reports list", "/reports/index.xhtml"))
                .exec(hammer("welfare list", "/welfare/index.xhtml")));

        ScenarioBuilder leader = role("leader pages", accountsOf(accounts.leaders),
                exec(hammer("home (leader)", "/index.xhtml"))
                .exec(hammer("status board", "/reports/board.xhtml"))
                .exec(hammer("consolidation", "/reports/consolidation.xhtml")));

        System.out.printf("throughput: %s, %d users, %s per page%n", BenchSettings.BASE_URL, users, phase);
        setUp(noDb.injectOpen(atOnceUsers(users))
                        .andThen(inject(member))
                        .andThen(inject(officer))
                        .andThen(inject(leader)))
                .protocols(http.baseUrl(BenchSettings.BASE_URL)
                        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .acceptLanguageHeader("vi-VN,vi;q=0.9,en;q=0.5")
                        .acceptEncodingHeader("gzip, deflate")
                        .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling congdoan-bench")
                        .shareConnections())
                .assertions(global().failedRequests().count().is(0L));
    }
}
