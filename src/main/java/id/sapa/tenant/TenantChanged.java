package id.sapa.tenant;

import id.sapa.shared.TenantId;

/** A tenant's name, time zone, locale or settings changed (published inside the changing transaction). */
public record TenantChanged(TenantId tenantId) {
}
