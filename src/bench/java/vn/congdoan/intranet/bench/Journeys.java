package vn.congdoan.intranet.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;
import static vn.congdoan.intranet.bench.Faces.VIEW_STATE;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.congdoan.intranet.bench.Faces.Kind;

/**
 * The four journeys of issue 9, as the pages' XHTML and a real browser (captured over the DevTools protocol) send
 * them. Each is a Gatling group, so the report shows its pages one by one; every step is followed by one second of
 * think time.
 */
final class Journeys {

    static final String MEMBER = "member";
    static final String OFFICER = "officer";
    static final String LEADER = "leader";
    static final String WELFARE = "welfare";
    static final String SIGN_IN = "sign-in";

    /** Names a grassroots officer types into the member list's search, without diacritics as people do. */
    private static final List<String> NAME_QUERIES = List.of("nguyen", "tran", "le", "pham", "hoang", "thi", "van",
            "huong", "minh", "anh", "lan", "hung");

    private Journeys() {
    }

    private static ChainBuilder think() {
        return exec(pause(1));
    }

    private static String pick(Session session, String key) {
        List<String> values = session.getList(key);
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    // ---------------------------------------------------------------- sign-in

    /** Signs in as {@code #{username}}: the form post, then the home page it redirects to. */
    static ChainBuilder signIn() {
        Faces.register(SIGN_IN, "login page", Kind.SIGN_IN);
        Faces.register(SIGN_IN, "sign in", Kind.SIGN_IN);
        Faces.register(SIGN_IN, "sign in Redirect 1", Kind.SIGN_IN);
        return group(SIGN_IN).on(
                exec(http("login page").get("/login.xhtml")
                        .check(status().is(200), Faces.pageViewState()))
                .exitHereIfFailed()
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:username", "#{username}")
                        .formParam("loginForm:password", BenchSettings.PASSWORD)
                        .formParam("loginForm:loginButton", "")
                        .formParam("jakarta.faces.ViewState", "#{" + VIEW_STATE + "}")
                        .check(status().is(200), currentLocationRegex(".*/index\\.xhtml$").exists(),
                                regex("<body[^>]*class=\"signed-in").exists())
                        .check(Faces.noError())))
                .exitHereIfFailed()
                .exec(think());
    }

    // ---------------------------------------------------------------- 1. member reads news

    static ChainBuilder member() {
        String g = MEMBER;
        return group(g).on(
                exec(Faces.page(g, "home", "/index.xhtml"))
                .exec(think())
                .exec(Faces.page(g, "news front", "/news/index.xhtml")
                        .check(regex("href=\"[^\"]*/news/article\\.xhtml\\?id=(\\d+)\"").findAll().saveAs("articles"),
                                regex("href=\"[^\"]*/news/index\\.xhtml\\?category=(\\d+)\"").findAll().optional()
                                        .saveAs("categories")))
                .exec(think())
                .exec(session -> session.set("article", pick(session, "articles")))
                .exec(Faces.page(g, "article", "/news/article.xhtml?id=#{article}")
                        .check(regex("id=\"articleTitle\"").exists(),
                                regex("href=\"[^\"]*/news/article\\.xhtml\\?id=(\\d+)\"").findAll().optional()
                                        .saveAs("others")))
                .exec(think())
                .doIf(session -> session.contains("others")).then(
                        exec(session -> session.set("article", pick(session, "others")))
                        .exec(Faces.page(g, "article", "/news/article.xhtml?id=#{article}")
                                .check(regex("id=\"articleTitle\"").exists()))
                        .exec(think()))
                .doIf(session -> session.contains("categories")).then(
                        exec(session -> session.set("category", pick(session, "categories")))
                        .exec(Faces.page(g, "news category", "/news/index.xhtml?category=#{category}"))
                        .exec(think())));
    }

    // ---------------------------------------------------------------- 2. officer: member list and report

    static ChainBuilder officer() {
        String g = OFFICER;
        String url = "/units/members.xhtml";
        String table = "membersForm:members";
        return group(g).on(
                exec(Faces.page(g, "home", "/index.xhtml"))
                .exec(think())
                .exec(Faces.page(g, "members list", url)
                        .check(regex("<th id=\"(" + table + ":[^\"]+)\"[^>]*ui-sortable-column").saveAs("nameColumn")))
                .exec(think())
                .exec(memberTableAjax(g, "members next page")
                        .formParam(table + "_pagination", "true")
                        .formParam(table + "_first", "20")
                        .formParam(table + "_rows", "20")
                        .formParam(table + "_skipChildren", "true")
                        .formParam(table + "_encodeFeature", "true")
                        .formParam(table + ":globalFilter", ""))
                .exec(think())
                .exec(session -> session.set("nameQuery",
                        NAME_QUERIES.get(ThreadLocalRandom.current().nextInt(NAME_QUERIES.size()))))
                .exec(memberTableAjax(g, "members name filter")
                        .formParam(table + "_filtering", "true")
                        .formParam(table + "_encodeFeature", "true")
                        .formParam(table + ":globalFilter", "#{nameQuery}"))
                .exec(think())
                .exec(memberTableAjax(g, "members sort")
                        .formParam(table + "_sorting", "true")
                        .formParam(table + "_skipChildren", "true")
                        .formParam(table + "_encodeFeature", "true")
                        .formParam(table + "_sortKey", "#{nameColumn}")
                        .formParam(table + "_sortDir", "1")
                        .formParam(table + ":globalFilter", "#{nameQuery}"))
                .exec(think())
                .exec(Faces.page(g, "reports list", "/reports/index.xhtml")
                        .check(regex("href=\"[^\"]*/reports/edit\\.xhtml\\?id=(\\d+)\"").optional().saveAs("editId"),
                                regex("href=\"[^\"]*/reports/view\\.xhtml\\?id=(\\d+)\"").optional().saveAs("viewId")))
                .exec(think())
                .doIfOrElse(session -> session.contains("editId")).then(
                        reportDraft(g))
                .orElse(
                        doIf(session -> session.contains("viewId")).then(
                                exec(Faces.page(g, "report view", "/reports/view.xhtml?id=#{viewId}"))
                                .exec(think()))));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder memberTableAjax(String g, String name) {
        String table = "membersForm:members";
        return Faces.ajax(g, name, Kind.AJAX, "/units/members.xhtml", "membersForm", table, table, table)
                .formParam(table, table)
                .formParam(table + "_reflowDD", "#{nameColumn}_0")
                .formParam(table + ":genderFilter_input", "")
                .formParam(table + ":jobTitleFilter_input", "")
                .formParam(table + ":joinedFilter_input", "")
                .formParam(table + ":statusFilter_input", "")
                .formParam(table + "_rppDD", "20")
                .check(substring("<update id=\"" + table + "\"").exists());
    }

    /** Opens the current report, saves the draft with every figure filled, and submits it. */
    private static ChainBuilder reportDraft(String g) {
        // a report already handed in still lists its edit link, and its edit page redirects to the read-only view
        return exec(session -> session.remove("reportFields"))
                .exec(Faces.page(g, "report edit", "/reports/edit.xhtml?id=#{editId}")
                        .check(form("#reportForm").optional().saveAs("reportFields"),
                                regex("<option value=\"([A-Z_]+)\"[^>]*>[^<]*</option>").findAll().optional()
                                        .saveAs("classifications")))
                .exec(think())
                .doIf(session -> session.contains("reportFields")).then(reportSubmit(g));
    }

    private static ChainBuilder reportSubmit(String g) {
        return exec(session -> session.set("reportFields", filledReport(session)))
                .exec(Faces.ajax(g, "report save draft", Kind.FORM, "/reports/edit.xhtml", "reportForm",
                                "reportForm:saveDraft", "reportForm", "reportForm reportHeader")
                        .formParam("reportForm:saveDraft", "reportForm:saveDraft")
                        .formParamMap(session -> session.getMap("reportFields")))
                .exec(think())
                .exec(Faces.ajax(g, "report submit", Kind.FORM, "/reports/edit.xhtml", "reportForm",
                                "reportForm:submitReport", "reportForm", "reportForm")
                        .formParam("reportForm:submitReport", "reportForm:submitReport")
                        .formParamMap(session -> session.getMap("reportFields"))
                        .check(Faces.redirectTarget()))
                .exec(Faces.page(g, "report view after submit", "#{redirect}")
                        .check(substring("status-SUBMITTED").exists()))
                .exec(think());
    }

    /** The captured report form with every figure, a classification and the main results filled in. */
    private static Map<String, Object> filledReport(Session session) {
        Map<String, Object> fields = new HashMap<>(session.getMap("reportFields"));
        fields.remove("jakarta.faces.ViewState");
        fields.remove("reportForm");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int total = 20 + random.nextInt(80);
        Map<String, Integer> figures = new HashMap<>();
        figures.put("membersTotal", total);
        figures.put("membersWomen", total / 2 + random.nextInt(total / 2));
        figures.put("newMembers", random.nextInt(5));
        figures.put("membersLeft", random.nextInt(5));
        figures.put("officersTrained", random.nextInt(5));
        figures.put("partyIntroduced", random.nextInt(3));
        figures.put("welfareMembers", random.nextInt(total));
        figures.put("welfareAmount", 100_000 * random.nextInt(100));
        figures.put("emulationUnits", random.nextInt(3));
        figures.put("emulationMembers", random.nextInt(total));
        figures.forEach((field, value) -> {
            fields.put("reportForm:" + field + "_input", String.valueOf(value));
            fields.put("reportForm:" + field + "_hinput", String.valueOf(value));
        });
        List<String> classifications = session.contains("classifications") ? session.getList("classifications") : List.of();
        if (!classifications.isEmpty()) {
            fields.put("reportForm:classification_input", classifications.get(random.nextInt(classifications.size())));
        }
        fields.put("reportForm:mainResults", "Công đoàn đã tổ chức tốt các hoạt động chăm lo cho đoàn viên trong kỳ.");
        return fields;
    }

    // ---------------------------------------------------------------- 3. leader: board, approval, consolidation

    static ChainBuilder leader() {
        String g = LEADER;
        String table = "boardForm:reports";
        return group(g).on(
                exec(Faces.page(g, "home", "/index.xhtml"))
                .exec(think())
                .exec(Faces.page(g, "status board", "/reports/board.xhtml")
                        .check(regex("href=\"[^\"]*/reports/board\\.xhtml\\?(period=\\d+&amp;branch=\\d+)\"").findAll()
                                .saveAs("branches")))
                .exec(think())
                .exec(session -> session.set("branch", pick(session, "branches").replace("&amp;", "&")))
                .exec(Faces.page(g, "status board branch", "/reports/board.xhtml?#{branch}")
                        .check(regex("name=\"(" + table + ":[^\"]+:filter)\"").saveAs("unitFilter"),
                                regex("<th id=\"(" + table + ":[^\"]+)\"").saveAs("firstColumn")))
                .exec(think())
                .exec(Faces.ajax(g, "board filter submitted", Kind.AJAX, "/reports/board.xhtml", "boardForm", table,
                                table, table)
                        .formParam(table, table)
                        .formParam(table + "_filtering", "true")
                        .formParam(table + "_encodeFeature", "true")
                        .formParam(table + "_reflowDD", "#{firstColumn}_0")
                        .formParam("#{unitFilter}", "")
                        .formParam(table + ":statusFilter_input", "SUBMITTED")
                        .formParam(table + "_rppDD", "20")
                        .check(regex("(?s)report-status-SUBMITTED\">[^<]*</span>(?:(?!</tr>).)*?/reports/view\\.xhtml\\?id=(\\d+)")
                                .findAll().optional().saveAs("submitted")))
                .exec(think())
                .doIf(session -> session.contains("submitted")).then(
                        exec(session -> session.set("reportId", pick(session, "submitted")))
                        .exec(Faces.page(g, "report view", "/reports/view.xhtml?id=#{reportId}")
                                .check(substring("id=\"approveForm\"").count().saveAs("mayApprove")))
                        .exec(think())
                        .doIf(session -> session.getInt("mayApprove") > 0).then(
                                exec(Faces.ajax(g, "report approve", Kind.FORM, "/reports/view.xhtml", "approveForm",
                                                "approveForm:confirmApprove", "@all", "approveForm")
                                        .formParam("approveForm:confirmApprove", "approveForm:confirmApprove")
                                        .formParam("approveForm:approveComment", "Đồng ý, báo cáo đầy đủ.")
                                        .check(Faces.redirectTarget()))
                                .exec(Faces.page(g, "report view after approve", "#{redirect}")
                                        .check(substring("id=\"approvedLine\"").exists()))
                                .exec(think())))
                .exec(Faces.consolidationPage(g, "consolidation", "/reports/consolidation.xhtml")
                        .check(substring("id=\"exportForm\"").exists()))
                .exec(think())
                .exec(consolidationXlsx(g))
                .exec(think()));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder consolidationXlsx(String g) {
        Faces.register(g, "consolidation xlsx", Kind.EXPORT);
        return http("consolidation xlsx").post("/reports/consolidation.xhtml")
                .formParam("exportForm", "exportForm")
                .formParam("exportForm:exportXlsx", "")
                .formParam("jakarta.faces.ViewState", "#{" + VIEW_STATE + "}")
                .check(status().is(200),
                        header("Content-Type").is("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        bodyLength().gt(1000));
    }

    // ---------------------------------------------------------------- 4. officer opens a welfare case

    static ChainBuilder welfare() {
        String g = WELFARE;
        String url = "/welfare/edit.xhtml";
        return group(g).on(
                exec(Faces.page(g, "welfare list", "/welfare/index.xhtml"))
                .exec(think())
                .exec(Faces.page(g, "welfare new case", url)
                        .check(form("#caseForm").saveAs("caseFields")))
                .exec(think())
                .exec(welfareAjax(g, "welfare member search", Kind.AJAX, "caseForm:member", "caseForm:member",
                                "caseForm:member")
                        .formParam("caseForm:member", "caseForm:member")
                        .formParam("caseForm:member_query", "n")
                        .formParamMap(session -> session.getMap("caseFields"))
                        .check(regex("data-item-value=\"(\\d+)\" data-item-label=\"([^\"]*)\"").captureGroups(2).findAll()
                                .saveAs("picks")))
                .exec(think())
                .exec(session -> {
                    List<List<String>> picks = session.getList("picks");
                    List<String> pick = picks.get(ThreadLocalRandom.current().nextInt(picks.size()));
                    Map<String, Object> fields = new HashMap<>(session.getMap("caseFields"));
                    fields.remove("jakarta.faces.ViewState");
                    fields.remove("caseForm");
                    fields.put("caseForm:member_input", unescape(pick.get(1)));
                    fields.put("caseForm:member_hinput", pick.get(0));
                    fields.put("caseForm:kind_input", "SICKNESS_VISIT");
                    return session.set("caseFields", fields);
                })
                .exec(welfareAjax(g, "welfare kind", Kind.AJAX, "caseForm:kind", "caseForm:kind caseForm:amount",
                                "caseForm:approverLine")
                        .formParam("jakarta.faces.behavior.event", "valueChange")
                        .formParam("jakarta.faces.partial.event", "change")
                        .formParamMap(session -> session.getMap("caseFields"))
                        .check(substring("approverText").exists()))
                .exec(think())
                .exec(session -> {
                    Map<String, Object> fields = new HashMap<>(session.getMap("caseFields"));
                    int amount = 200_000 + 50_000 * ThreadLocalRandom.current().nextInt(10);
                    fields.put("caseForm:amount_input", String.valueOf(amount));
                    fields.put("caseForm:amount_hinput", String.valueOf(amount));
                    fields.put("caseForm:gifts", "Quà và tiền thăm hỏi");
                    fields.put("caseForm:description", "Đoàn viên ốm phải nằm viện, công đoàn đến thăm hỏi.");
                    return session.set("caseFields", fields);
                })
                .exec(welfareAjax(g, "welfare save", Kind.FORM, "caseForm:saveCase", "caseForm", "caseForm")
                        .formParam("caseForm:saveCase", "caseForm:saveCase")
                        .formParamMap(session -> session.getMap("caseFields"))
                        .check(Faces.redirectTarget()))
                .exec(Faces.page(g, "welfare case", "#{redirect}")
                        .check(substring("id=\"documentsForm\"").exists()))
                .exec(think()));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder welfareAjax(String g, String name, Kind kind,
            String source, String execute, String render) {
        return Faces.ajax(g, name, kind, "/welfare/edit.xhtml", "caseForm", source, execute, render);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
