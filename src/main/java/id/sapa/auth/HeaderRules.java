package id.sapa.auth;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's rules for header names and values, as plain scans. Spring Security's defaults are
 * regular expressions over Unicode properties run on every header a request reads, which was a
 * twentieth of a small request's CPU; these accept and refuse exactly the same text: every code
 * point assigned and none a control character (a tab allowed in values).
 */
final class HeaderRules {

    static final Predicate<String> NAMES = name -> assignedAndNoControl(name, false);
    static final Predicate<String> VALUES = value -> assignedAndNoControl(value, true);

    private HeaderRules() {
    }

    /** A strict firewall (its defaults otherwise) with these header rules. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(VALUES);
        return firewall;
    }

    private static boolean assignedAndNoControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
