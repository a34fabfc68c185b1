package id.sapa.realtime;

import org.springframework.stereotype.Component;

import id.sapa.channel.Channels;
import id.sapa.shared.Permission;
import id.sapa.shared.ProblemException;
import id.sapa.shared.TenantId;

/** {@code /whatsapp}: the tenant's WhatsApp connection (QR code, status). */
@Component
class WhatsAppGateway implements Gateway {

    static final String PATH = "/whatsapp";

    private final Channels channels;

    WhatsAppGateway(Channels channels) {
        this.channels = channels;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void register(SecuredNamespace namespace) {
        namespace.on("disconnect-whatsapp", TenantRef.class, this::disconnect);
    }

    /** The same as {@code DELETE /api/whatsapp/disconnect}, for owners and admins of the tenant. */
    private void disconnect(SocketRequest request, TenantRef ref) {
        TenantId own = request.actor().tenantId();
        if (!TenantRef.names(ref, own)) {
            request.refuse("You can only disconnect your own tenant");
            return;
        }
        if (!request.actor().can(Permission.MANAGE_TENANT)) {
            request.refuse("Only owners and admins may disconnect WhatsApp");
            return;
        }
        try {
            channels.disconnect(own);
            request.ok();
        } catch (ProblemException refused) {
            request.refuse(refused.getMessage());
        }
    }
}
