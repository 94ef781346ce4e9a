package vn.congdoan.intranet.shared;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Exceptions;

/**
 * Turns a service's refusal into the HTTP answer a browser and a test understand: {@link AccessDeniedException}
 * becomes 403 and {@link NotFoundException} 404, each with its Vietnamese error page from web.xml. Ajax requests
 * are left to OmniFaces' FullAjaxExceptionHandler, which renders the same pages.
 */
public class ScopeExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ScopeExceptionHandlerFactory.class.getName());

    public ScopeExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                logRefusal(event.getContext().getException());
            }
            if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    int status = statusFor(events.next().getContext().getException());
                    if (status != 0 && !context.getExternalContext().isResponseCommitted()) {
                        events.remove();
                        sendError(context, status);
                    }
                }
            }
            getWrapped().handle();
        }

        /** A refusal is worth a line in the log: who was refused what is how a probing account gets noticed. */
        private static void logRefusal(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessDeniedException) {
                    LOG.log(Level.WARNING, "Access refused: {0}", cause.getMessage());
                    return;
                }
            }
        }

        private static int statusFor(Throwable exception) {
            if (Exceptions.is(exception, AccessDeniedException.class)) {
                return 403;
            }
            return Exceptions.is(exception, NotFoundException.class) ? 404 : 0;
        }

        private static void sendError(FacesContext context, int status) {
            try {
                context.getExternalContext().responseSendError(status, null);
                context.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
