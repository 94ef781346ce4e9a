package vn.congdoan.intranet.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;

/**
 * Texts of the UI bundle ({@code i18n/messages}) in the current view's language, and messages built from them.
 * Views use the bundle directly as {@code #{msg['key']}}; Java code comes here.
 */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return "???" + key + "???";
        }
    }

    public static String get(String key, Object... arguments) {
        return get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }

    /**
     * Shows a refused change next to the input it concerns ({@code formId:field}) when it names one the page
     * shows, else at the top.
     * The input ids of a form are the field names the services use, e.g. {@code username}.
     */
    public static void error(BusinessException refusal, String formId) {
        String text = get(refusal.getMessageKey(), refusal.getArguments());
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        String clientId = refusal.getField() == null ? null : formId + ":" + refusal.getField();
        if (clientId != null && Components.findComponent(clientId) == null) {
            // The rule names a field this page does not show (e.g. a check behind a button): say it at the top.
            clientId = null;
        }
        FacesContext.getCurrentInstance().addMessage(clientId, message);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
