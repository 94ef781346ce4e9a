package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.congdoan.intranet.it.RoleHomePagesIT.PASSWORD;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several signed-in sessions, each asking for a page a dozen times at once, as browsers with a few tabs on a busy
 * Monday do: every answer must be the page, never a 403. Payara 6 loses the caller's groups on some concurrent requests, which with
 * role constraints in web.xml turned about one answer in 25 into "Không có quyền truy cập". And a role still may not
 * open another role's folder: a member asking for the member list at the same moment gets 403 every time.
 */
@ExtendWith(PayaraMicroServer.class)
class ConcurrentSessionIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final int ROUNDS = 5;
    private static final int AT_ONCE = 12;

    @Test
    void concurrentRequestsOfSignedInSessionsAllGetTheirPage() throws Exception {
        Map<String, HttpClient> sessions = new TreeMap<>();
        for (String user : List.of("canbo.coso", "canbo.coso2", "canbo.huyen", "lanhdao.tinh")) {
            sessions.put(user, signedIn(user));
        }
        Map<String, Integer> answers = new TreeMap<>();
        for (String page : List.of("/welfare/index.xhtml", "/units/members.xhtml", "/reports/index.xhtml")) {
            for (int round = 0; round < ROUNDS; round++) {
                Map<String, List<CompletableFuture<HttpResponse<Void>>>> calls = new TreeMap<>();
                sessions.forEach((user, client) -> calls.put(user, startAtOnce(client, page)));
                calls.forEach((user, pending) -> pending.forEach(call -> answers.merge(
                        user + " " + page + " → " + call.join().statusCode(), 1, Integer::sum)));
            }
        }
        assertTrue(answers.keySet().stream().allMatch(k -> k.endsWith("→ 200")), "tried " + ROUNDS + " rounds of "
                + AT_ONCE + " GETs per session, all four sessions at once; came back: " + answers);
    }

    @Test
    void aMemberIsRefusedTheOfficersFoldersEveryTime() throws Exception {
        HttpClient member = signedIn("doanvien");
        List<Integer> statuses = getAtOnce(member, "/units/members.xhtml");
        statuses.addAll(getAtOnce(member, "/reports/index.xhtml"));
        assertTrue(statuses.stream().allMatch(s -> s == 403), "a member asked for officers' pages: " + statuses);
        assertEquals(List.of(200), getAtOnce(member, "/welfare/mine.xhtml").stream().distinct().toList(),
                "while their own welfare page opens");
    }

    private static List<Integer> getAtOnce(HttpClient client, String page) {
        return startAtOnce(client, page).stream().map(CompletableFuture::join).map(HttpResponse::statusCode)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<CompletableFuture<HttpResponse<Void>>> startAtOnce(HttpClient client, String page) {
        List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(uri(page)).timeout(Duration.ofMinutes(1)).build(),
                    HttpResponse.BodyHandlers.discarding()));
        }
        return calls;
    }

    /** Signs in through the real form: the sign-in page's ViewState, then the form's fields. */
    static HttpClient signedIn(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        String login = client.send(HttpRequest.newBuilder(uri("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(login);
        assertTrue(viewState.find(), "the sign-in page carries a ViewState");
        String form = Map.of("loginForm", "loginForm", "loginForm:username", user, "loginForm:password", PASSWORD,
                        "loginForm:loginButton", "", "jakarta.faces.ViewState", viewState.group(1))
                .entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<Void> signIn = client.send(HttpRequest.newBuilder(uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, signIn.statusCode(), user + " signs in and is sent on");
        return client;
    }

    private static URI uri(String page) {
        return URI.create(PayaraMicroServer.baseUrl() + page);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
