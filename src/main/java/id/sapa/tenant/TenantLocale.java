package id.sapa.tenant;

import id.sapa.shared.Codes;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The language a tenant's texts (presets, fallbacks, dates) are written in. */
public enum TenantLocale {
    ID(Locale.of("id", "ID")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    TenantLocale(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    @JsonValue
    public String code() {
        return Codes.code(this);
    }

    @JsonCreator
    public static TenantLocale fromCode(String code) {
        return Codes.parse(TenantLocale.class, code);
    }
}
