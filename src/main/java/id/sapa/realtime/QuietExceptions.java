package id.sapa.realtime;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.listener.ExceptionListenerAdapter;

import io.netty.channel.ChannelHandlerContext;

/**
 * netty-socketio logs every exception at ERROR with a stack trace, among them the ones any client
 * can cause with a malformed packet or a dropped connection. Those are not the server's faults:
 * they are logged at DEBUG; a failing handler of ours still shows as a warning.
 */
final class QuietExceptions extends ExceptionListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(QuietExceptions.class);

    @Override
    public void onEventException(Exception e, List<Object> args, SocketIOClient client) {
        log.warn("Socket.IO event listener failed", e);
    }

    @Override
    public void onConnectException(Exception e, SocketIOClient client) {
        log.warn("Socket.IO connect listener failed", e);
    }

    @Override
    public void onDisconnectException(Exception e, SocketIOClient client) {
        log.warn("Socket.IO disconnect listener failed", e);
    }

    @Override
    public void onAuthException(Throwable e, SocketIOClient client) {
        log.warn("Socket.IO authentication failed", e);
    }

    @Override
    public boolean exceptionCaught(ChannelHandlerContext ctx, Throwable e) {
        log.debug("Socket.IO connection {} failed: {}", ctx.channel().remoteAddress(), e.toString());
        return true;
    }
}
