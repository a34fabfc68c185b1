package id.sapa.tenant;

import java.time.ZoneId;
import java.util.Map;

/** A partial update of a tenant: {@code null} leaves a field as it is; hours are replaced whole. */
public record TenantChanges(String name, ZoneId timezone, TenantLocale locale, Map<String, Object> settings,
        BusinessHours businessHours) {

    public TenantChanges(String name, ZoneId timezone, TenantLocale locale, Map<String, Object> settings) {
        this(name, timezone, locale, settings, null);
    }
}
