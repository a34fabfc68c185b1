package id.sapa.realtime;

import java.util.OptionalInt;

/** Where the Socket.IO server listens, for clients that must be told (the web app). */
public interface RealtimeEndpoint {

    /** The port the Socket.IO server listens on; empty when it is disabled or stopped. */
    OptionalInt listeningPort();
}
