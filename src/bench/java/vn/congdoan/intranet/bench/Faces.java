package vn.congdoan.intranet.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests as a browser on a Jakarta Faces + PrimeFaces page sends them: full pages that must come back signed in
 * and without an error page, and PrimeFaces ajax posts that carry the view's {@code jakarta.faces.ViewState} and must
 * answer a {@code <partial-response>} without {@code <error>}. Every request is registered with its kind so the
 * simulation can assert the targets per request (pages, form submits, exports).
 */
final class Faces {

    /** Session key of the current view's state token. */
    static final String VIEW_STATE = "viewState";
    /** Session key of the URL an ajax action redirected to. */
    static final String REDIRECT = "redirect";

    enum Kind { SIGN_IN, PAGE, AJAX, FORM, EXPORT, CONSOLIDATION }

    record Registered(String group, String name, Kind kind) {
    }

    static final List<Registered> REGISTERED = new ArrayList<>();

    private Faces() {
    }

    static void register(String group, String name, Kind kind) {
        Registered r = new Registered(group, name, kind);
        if (!REGISTERED.contains(r)) {
            REGISTERED.add(r);
        }
    }

    /** The view state of a full page: every form of a view carries the same token. */
    static CheckBuilder.Final pageViewState() {
        return regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").saveAs(VIEW_STATE);
    }

    /** The view state a partial response hands back (a new token with client-side state saving, or the same). */
    static CheckBuilder.Final ajaxViewState() {
        return regex("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>")
                .optional().saveAs(VIEW_STATE);
    }

    /**
     * What no answer may contain: the error page (which OmniFaces' FullAjaxExceptionHandler also renders into ajax
     * answers) and its "view expired" variant. Full pages name ViewExpiredException in PrimeFaces' settings script,
     * so the class name itself is looked for only in ajax answers.
     */
    static CheckBuilder.Final[] noError() {
        return new CheckBuilder.Final[] {
                substring("id=\"errorPage\"").notExists(),
                substring("Phiên làm việc đã hết hạn").notExists() };
    }

    /** A signed-in page: 200, the signed-in layout (not the sign-in form a lost session falls back to), no error. */
    static HttpRequestActionBuilder page(String group, String name, String url) {
        register(group, name, Kind.PAGE);
        return signedInGet(name, url);
    }

    static HttpRequestActionBuilder consolidationPage(String group, String name, String url) {
        register(group, name, Kind.CONSOLIDATION);
        return signedInGet(name, url);
    }

    private static HttpRequestActionBuilder signedInGet(String name, String url) {
        return http(name).get(url)
                .check(status().is(200), regex("<body[^>]*class=\"signed-in").exists(), pageViewState())
                .check(noError());
    }

    /**
     * A PrimeFaces ajax post of {@code form}: the standard partial parameters, the view state, and whatever the
     * caller adds (the form's fields, a table's paging parameters).
     */
    static HttpRequestActionBuilder ajax(String group, String name, Kind kind, String url, String form, String source,
            String execute, String render) {
        register(group, name, kind);
        HttpRequestActionBuilder request = http(name).post(url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{" + VIEW_STATE + "}")
                .check(status().is(200), substring("<partial-response").exists(), substring("<error>").notExists(),
                        substring("ViewExpiredException").notExists(), ajaxViewState())
                .check(noError());
        if (kind == Kind.FORM) {
            // a Faces validation or business message at a field or atop the form means the save did not happen
            request = request.check(substring("ui-message-error").notExists(), substring("ui-messages-error").notExists());
        }
        return request;
    }

    /** The target of a {@code <redirect url="...">} answer, e.g. after a submit that opens the saved record. */
    static CheckBuilder.Final redirectTarget() {
        return regex("<redirect url=\"([^\"]+)\"").transform(url -> url.replace("&amp;", "&")).saveAs(REDIRECT);
    }
}
