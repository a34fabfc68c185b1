package id.sapa.realtime;

import id.sapa.shared.TenantId;

/** {@code {tenantId}}: the tenant a client event is about, as the client wrote it. */
record TenantRef(String tenantId) {

    /** Whether {@code ref} names {@code tenant}; a missing or malformed id names none. */
    static boolean names(TenantRef ref, TenantId tenant) {
        return ref != null && tenant.toString().equalsIgnoreCase(ref.tenantId());
    }
}
