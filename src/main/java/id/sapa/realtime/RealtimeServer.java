package id.sapa.realtime;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.corundumstudio.socketio.AckMode;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIONamespace;
import com.corundumstudio.socketio.SocketIOServer;

import id.sapa.auth.Accounts;
import io.netty.channel.ChannelFuture;
import io.netty.util.concurrent.Future;

/**
 * The Socket.IO server on its own port. It starts last, once everything else (the HTTP server
 * included) is up, and stops first, so no push finds the modules half gone.
 */
@Component
class RealtimeServer implements SmartLifecycle, RealtimeEndpoint {

    private static final Logger log = LoggerFactory.getLogger(RealtimeServer.class);

    private final RealtimeSettings settings;
    private final Environment environment;
    private final Accounts accounts;
    private final List<Gateway> gateways;

    private volatile SocketIOServer server;
    private volatile ExecutorService requests;
    private volatile ScheduledExecutorService nudges;
    private volatile int port = -1;

    RealtimeServer(RealtimeSettings settings, Environment environment, Accounts accounts, List<Gateway> gateways) {
        this.settings = settings;
        this.environment = environment;
        this.accounts = accounts;
        this.gateways = gateways;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled()) {
            log.info("Socket.IO server disabled (sapa.realtime.enabled=false)");
            return;
        }
        int httpPort = environment.getProperty("server.port", Integer.class, 8080);
        int actualHttpPort = environment.getProperty("local.server.port", Integer.class, httpPort);
        List<String> origins = settings.origins(actualHttpPort);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("socketio-upgrade").daemon().factory());
        SocketAuthentication authentication = new SocketAuthentication(accounts, origins, actualHttpPort);
        Configuration configuration = configuration(settings.port(httpPort), authentication);
        SocketIOServer socketIo = new SocketIOServer(configuration);
        socketIo.addPingListener(new UpgradeNudge(scheduler, configuration.getUpgradeTimeout()));
        for (Gateway gateway : gateways) {
            gateway.register(new SecuredNamespace(socketIo.addNamespace(gateway.path()), authentication, executor));
        }
        Future<Void> bound = socketIo.startAsync().awaitUninterruptibly();
        if (!bound.isSuccess()) {
            socketIo.stop();
            executor.close();
            scheduler.shutdownNow();
            throw new IllegalStateException("The Socket.IO server cannot listen on " + settings.host() + ":"
                    + settings.port(httpPort) + " (set SOCKETIO_PORT to a free port)", bound.cause());
        }
        this.port = boundPort(bound, settings.port(httpPort));
        this.requests = executor;
        this.nudges = scheduler;
        this.server = socketIo;
        log.info("Socket.IO listening on {}:{} (namespaces {}, browser origins {})", settings.host(), port,
                gateways.stream().map(Gateway::path).toList(), origins);
    }

    @Override
    public synchronized void stop() {
        SocketIOServer running = server;
        if (running == null) {
            return;
        }
        server = null;
        port = -1;
        running.stop();
        nudges.shutdownNow();
        requests.close();
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The port the server listens on (the real one when configured as 0); -1 when not running. */
    int port() {
        return port;
    }

    @Override
    public OptionalInt listeningPort() {
        int current = port;
        return current < 0 ? OptionalInt.empty() : OptionalInt.of(current);
    }

    /** A namespace of the running server; empty when it is disabled or stopped. */
    Optional<SocketIONamespace> namespace(String path) {
        SocketIOServer running = server;
        return running == null ? Optional.empty() : Optional.ofNullable(running.getNamespace(path));
    }

    private Configuration configuration(int port, SocketAuthentication authentication) {
        Configuration config = new Configuration();
        config.setHostname(settings.host());
        config.setPort(port);
        config.setBossThreads(1);
        config.setAuthorizationListener(authentication);
        // Session ids are ours to choose: never take one a client offers in a cookie or header.
        config.setRandomSession(true);
        // Handlers answer acknowledgements themselves, later, from another thread.
        config.setAckMode(AckMode.MANUAL);
        config.setAddVersionHeader(false);
        config.setExceptionListener(new QuietExceptions());
        return config;
    }

    private static int boundPort(Future<Void> bound, int configured) {
        if (bound instanceof ChannelFuture channel && channel.channel().localAddress() instanceof InetSocketAddress address) {
            return address.getPort();
        }
        return configured;
    }
}
