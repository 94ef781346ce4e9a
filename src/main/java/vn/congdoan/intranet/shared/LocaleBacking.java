package vn.congdoan.intranet.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.util.Faces;

/** The user's language for this session: Vietnamese unless they switch to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches the language and reloads the page, so everything, menus included, renders in it. */
    public void switchTo(String language) {
        locale = "en".equals(language) ? ENGLISH : VIETNAMESE;
        Faces.setLocale(locale);
        Faces.refreshWithQueryString();
    }
}
