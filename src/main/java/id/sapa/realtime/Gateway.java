package id.sapa.realtime;

/** One Socket.IO namespace (seed 002 calls them gateways): its path and what clients may ask of it. */
interface Gateway {

    String path();

    /** Registers the handlers of the client → server events. */
    void register(SecuredNamespace namespace);
}
