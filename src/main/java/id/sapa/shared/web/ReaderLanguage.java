package id.sapa.shared.web;

import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

import id.sapa.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The request's locale is the reader's language among Sapa's two ({@link Text#preferred}): what
 * the web app sends as {@code Accept-Language}, Bahasa Indonesia when a caller names neither. The
 * bean validator and the framework's problem details read it, so their messages follow the same
 * choice as Sapa's own texts. Replaces Spring's resolver, which would pass any language on.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class ReaderLanguage implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Text.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The reader's language comes from Accept-Language");
    }
}
