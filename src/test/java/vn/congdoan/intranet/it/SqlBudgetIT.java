package vn.congdoan.intranet.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The SQL budget: each demo role clicks through every page of its menu and the main detail pages (a member, a report,
 * an article, a welfare case, a movement, an award...), then pages and sorts every lazy table it meets, and the app's
 * own counter ({@code diagnostics.sql-count}, on in the IT server) says how many SQL statements each request sent.
 * A full page may send {@value #PAGE_BUDGET} (a few pages have an explicit, justified budget in {@link #BUDGETS}),
 * a lazy table's paging or sorting {@value #LAZY_BUDGET} (the count and the page), and a page of 50 rows no more
 * than a page of 20: a list that reads something per row (N+1) fails here.
 *
 * <p>Every page is opened twice and the second visit is measured: the first warms the shared cache (units, levels,
 * categories) as any earlier visitor would have.
 */
@ExtendWith(PayaraMicroServer.class)
class SqlBudgetIT {

    static final String PASSWORD = "Demo@2026";
    static final int PAGE_BUDGET = 5;
    static final int LAZY_BUDGET = 2;

    /**
     * Pages that may send more than {@value #PAGE_BUDGET} statements, with the reason. A page is listed by path;
     * the budget holds for every role.
     */
    static final Map<String, Integer> BUDGETS = Map.ofEntries(
            // dashboards: each block is its own grouped query, and splitting a page does not make it cheaper
            Map.entry("/reports/board.xhtml", 30), // period choices, the period's tree (sample paths, unit names)
            //   and status counts per branch, then the lazy table; the scope and branch checks are repeated by each
            //   service call (period, count, sample path): a per-request memo of ReportScope.branch would save ~10.
            //   The periods the viewer follows take 5 cheap queries through the tree's history (they replaced one
            //   EXISTS that took 11 s on the national dataset); 26 to 29 depending on the role
            Map.entry("/reports/consolidation.xhtml", 20), // period choices (the same 5 history queries), tree,
            //   figures, classifications and awards by level and kind, each summed in SQL per branch and for the
            //   branch; 18 to 19 depending on the role
            Map.entry("/emulation/targets.xhtml", 20), // one aggregate per target of the plan (each measures a
            //   different thing: classifications, awards, members introduced to the Party...), the plan, titles
            Map.entry("/emulation/movement.xhtml", 6), // movement, criteria, results summary, entries (count +
            //   page)
            Map.entry("/index.xhtml", 12), // leaders: unit and member statistics, featured and newest news, the
            //   branch's unions table; the statistics are computed twice (home and tree beans), to be shared
            Map.entry("/news/index.xhtml", 8), // featured, newest and one block per category (5 categories)
            Map.entry("/reports/view.xhtml", 11), // report, awards, attachments, history with section comments,
            //   period and reviewer: each its own list on the page
            Map.entry("/reports/edit.xhtml", 10), // the same form, editable; the report and its awards are read
            //   three times (load, form, export buttons), to be shared
            Map.entry("/welfare/fund.xhtml", 10), // fund, balance sums by kind, lines (count + page), years, units
            Map.entry("/welfare/summary.xhtml", 8), // paid by kind, by month, per unit below, fund balances
            Map.entry("/welfare/view.xhtml", 7), // case, events, documents, the member, the route's limits
            Map.entry("/welfare/index.xhtml", 6), // two lazy tables (own cases, awaiting approval): 2 x 2
            // periods (count + page) and their report counts by status, after the periods the viewer follows are
            // found through the tree's history: a few cheap queries, instead of one EXISTS over every report of every
            // period that took 11 s on the national dataset
            Map.entry("/reports/periods.xhtml", 11),
            Map.entry("/members/view.xhtml", 7), // member, periods, transfer, welfare and awards of the member
            Map.entry("/emulation/classification.xhtml", 7), // titles for units and members, the union's
            //   classification, its members (count + page) and their classifications
            Map.entry("/emulation/nominations.xhtml", 6), // two lazy tables (to decide, sent): 2 x 2
            Map.entry("/emulation/award.xhtml", 6), // award, its type, recipient, history
            Map.entry("/units/tree.xhtml", 7), // roots and their children, children counts per level shown,
            //   statistics of the chosen unit
            Map.entry("/units/movements.xhtml", 6), // the tree of the quarter's last day, one query per level
            //   (province, commune, school), then one grouped query over membership periods
            Map.entry("/reports/index.xhtml", 6), // two lazy tables (own reports, to review): 2 x 2, and periods
            Map.entry("/news/article.xhtml", 6)); // article, photos, "other news", and the view count (insert +
            //   update, once per reader per day)

    /** Lazy tables that may send more than {@value #LAZY_BUDGET} statements per paging or sorting, with the reason. */
    static final Map<String, Integer> LAZY_BUDGETS = Map.of(
            // count, page, and the page's members' classifications in one IN query (constant in the page size)
            "/emulation/classification.xhtml", 3,
            // each page re-checks the viewer's reading rule for the period in the service, for the count and again
            // for the page: past roots, the period, its tree's top prefixes, the branch's sample path and unit
            // names. Known debt: a per-request memo of ReportScope.branch would halve it; constant in page size.
            "/reports/board.xhtml", 12);

    /** The detail pages, found as links on the pages visited before them. */
    static final List<Pattern> DETAILS = List.of(
            Pattern.compile("/members/view\\.xhtml\\?id=\\d+"),
            Pattern.compile("/reports/view\\.xhtml\\?id=\\d+"),
            Pattern.compile("/reports/edit\\.xhtml\\?id=\\d+"),
            Pattern.compile("/news/article\\.xhtml\\?id=\\d+"),
            Pattern.compile("/welfare/view\\.xhtml\\?id=\\d+"),
            Pattern.compile("/emulation/movement\\.xhtml\\?id=\\d+"),
            Pattern.compile("/emulation/award\\.xhtml\\?id=\\d+"),
            Pattern.compile("/units/history\\.xhtml\\?unit=\\d+"));

    private static final Pattern ENTRY = Pattern.compile(
            "^#\\d+ (\\S+) (\\S+) source=(\\S+) statements=(\\d+)\\n((?: {4}.*\\n)*)", Pattern.MULTILINE);

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** One request as the diagnostics saw it. */
    record Request(String method, String uri, String source, int statements, String sql) {

        String path() {
            int query = uri.indexOf('?');
            return query < 0 ? uri : uri.substring(0, query);
        }

        boolean ajax() {
            return !"-".equals(source);
        }

        @Override
        public String toString() {
            return method + " " + uri + (ajax() ? " (ajax " + source + ")" : "") + ": " + statements + " statements";
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "lanhdao.tinh", "canbo.huyen", "canbo.coso", "doanvien"})
    void everyPageOfTheMenuAndTheDetailPagesStayWithinTheirBudget(String username) {
        browser.signIn(username, PASSWORD);
        // without weaving, lazy to-one relations load eagerly and every count here would be different
        String woven = log(false).lines().findFirst().orElse("");
        assertTrue(woven.equals("woven Member=true lazy-to-one=true"), () -> "entities not woven: " + woven);
        List<String> pages = new ArrayList<>(menuPages());
        assertFalse(pages.isEmpty(), username + " has no menu");
        Map<Pattern, String> details = new LinkedHashMap<>();
        List<String> visited = new ArrayList<>();
        List<String> offenders = new ArrayList<>();
        List<String> lazyOffenders = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            Request request = measure(page);
            int budget = BUDGETS.getOrDefault(request.path(), PAGE_BUDGET);
            visited.add(request + (budget != PAGE_BUDGET ? " (budget " + budget + ")" : ""));
            if (request.statements() > budget) {
                offenders.add(request + " > " + budget + "\n" + request.sql());
            }
            for (String href : links()) {
                for (Pattern detail : DETAILS) {
                    Matcher m = detail.matcher(href);
                    if (m.find() && !details.containsKey(detail)) {
                        details.put(detail, m.group());
                        pages.add(m.group());
                    }
                }
            }
            lazyOffenders.addAll(exerciseLazyTables(page, visited));
        }
        System.out.println("SQL budget, " + username + ":\n  " + String.join("\n  ", visited));
        assertTrue(offenders.isEmpty(), () -> username + ": pages over budget:\n" + String.join("\n", offenders)
                + "\nall visited:\n  " + String.join("\n  ", visited));
        assertTrue(lazyOffenders.isEmpty(), () -> username + ": lazy tables over budget:\n"
                + String.join("\n", lazyOffenders) + "\nall visited:\n  " + String.join("\n  ", visited));
    }

    /** Opens the page twice (the first visit warms the caches) and returns the second request's count. */
    private Request measure(String page) {
        browser.open(page);
        browser.awaitAjax();
        log(true);
        browser.open(page);
        browser.awaitAjax();
        List<Request> requests = parse(log(true));
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        return requests.stream().filter(r -> !r.ajax() && r.path().equals(path)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no request for " + page + " in " + requests));
    }

    /**
     * On each lazy table of the page with more than one page: the next page, a sort, and 50 rows a page instead of
     * the first choice. Returns the requests over budget, and adds every measured request to {@code visited}.
     */
    private List<String> exerciseLazyTables(String page, List<String> visited) {
        List<String> offenders = new ArrayList<>();
        int tables = browser.all(".ui-datatable .ui-paginator-next:not(.ui-state-disabled)").size();
        for (int t = 0; t < tables; t++) {
            browser.open(page);
            browser.awaitAjax();
            List<WebElement> nexts = browser.all(".ui-datatable .ui-paginator-next:not(.ui-state-disabled)");
            if (t >= nexts.size()) {
                break;
            }
            WebElement table = nexts.get(t).findElement(By.xpath("ancestor::div[contains(@class,'ui-datatable')][1]"));
            String tableId = table.getAttribute("id");
            log(true);
            nexts.get(t).click();
            browser.awaitAjax();
            Request next = lastAjax("next page of " + tableId);
            WebElement sortable = first(tableId, "th.ui-sortable-column .ui-column-title");
            Request sort = null;
            if (sortable != null) {
                sortable.click();
                browser.awaitAjax();
                sort = lastAjax("sort of " + tableId);
            }
            WebElement rows = first(tableId, "select.ui-paginator-rpp-options");
            Request more = null;
            if (rows != null) {
                Select select = new Select(rows);
                List<WebElement> options = select.getOptions();
                select.selectByIndex(options.size() - 1);
                browser.awaitAjax();
                more = lastAjax(options.get(options.size() - 1).getText() + " rows of " + tableId);
            }
            for (Request r : new Request[] {next, sort, more}) {
                if (r == null) {
                    continue;
                }
                int budget = LAZY_BUDGETS.getOrDefault(r.path(), LAZY_BUDGET);
                visited.add("  " + r + (budget != LAZY_BUDGET ? " (budget " + budget + ")" : ""));
                if (r.statements() > budget) {
                    offenders.add(r + " > " + budget + "\n" + r.sql());
                }
            }
            if (more != null && more.statements() > next.statements()) {
                offenders.add(page + " " + tableId + ": the larger page sent more statements (N+1): " + more
                        + " vs " + next + "\n" + more.sql());
            }
        }
        return offenders;
    }

    private WebElement first(String tableId, String css) {
        List<WebElement> found = browser.all("[id='" + tableId + "'] " + css);
        return found.isEmpty() ? null : found.get(0);
    }

    private Request lastAjax(String what) {
        List<Request> requests = parse(log(true));
        return requests.stream().filter(Request::ajax).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no ajax request for the " + what + " in " + requests));
    }

    /** The menu's pages, in menu order (the submenus' items are in the page, only hidden). */
    @SuppressWarnings("unchecked")
    private List<String> menuPages() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#menuForm a[href]')).map(a => a.getAttribute('href'))"
                        + ".filter(h => h && h.endsWith('.xhtml'));");
        Set<String> pages = new LinkedHashSet<>(hrefs);
        return new ArrayList<>(pages);
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'));");
    }

    /** This browser session's request log, read without leaving the page; {@code clear} empties it. */
    private String log(boolean clear) {
        Object text = ((JavascriptExecutor) browser.driver()).executeScript(
                "var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                        + " return x.status + '\\n' + x.responseText;",
                PayaraMicroServer.baseUrl() + "/diagnostics/sql-count" + (clear ? "?clear=true" : ""));
        String answer = String.valueOf(text);
        assertTrue(answer.startsWith("200\n"), () -> "/diagnostics/sql-count answered " + answer.lines().findFirst()
                .orElse("") + ": is the IT server started with -Ddiagnostics.sql-count=true?");
        return answer.substring(4);
    }

    static List<Request> parse(String log) {
        List<Request> requests = new ArrayList<>();
        Matcher m = ENTRY.matcher(log);
        while (m.find()) {
            requests.add(new Request(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)), m.group(5)));
        }
        return requests;
    }
}
