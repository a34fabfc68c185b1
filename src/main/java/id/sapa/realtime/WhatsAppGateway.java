package id.sapa.realtime;

import org.springframework.stereotype.Component;

import id.sapa.shared.TenantId;

/**
 * {@code /whatsapp}: the tenant's WhatsApp connection (QR code, status). A socket is already in its
 * tenant's room when it connects; {@code join-tenant} is kept for clients written against seed 002.
 */
@Component
class WhatsAppGateway implements Gateway {

    static final String PATH = "/whatsapp";

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void register(SecuredNamespace namespace) {
        namespace.on("join-tenant", TenantRef.class, this::joinTenant);
        namespace.on("disconnect-whatsapp", TenantRef.class, this::disconnect);
    }

    private void joinTenant(SocketRequest request, TenantRef ref) {
        TenantId own = request.actor().tenantId();
        if (ref == null || !own.toString().equalsIgnoreCase(ref.tenantId())) {
            request.refuse("You can only join your own tenant");
            return;
        }
        request.client().joinRoom(Rooms.tenant(own));
        request.ok();
    }

    /**
     * Disconnecting needs the channel module's connection API, which answers over HTTP with the
     * result and its errors; a socket event could only fire and forget.
     */
    private void disconnect(SocketRequest request, TenantRef ref) {
        request.refuse("Disconnect WhatsApp with DELETE /api/whatsapp/disconnect");
    }

    /** {@code {tenantId}} */
    record TenantRef(String tenantId) {
    }
}
