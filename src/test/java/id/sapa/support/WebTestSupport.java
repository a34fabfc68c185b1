package id.sapa.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.sapa.operator.Operators;

/** What a web test starts from: a client for the running server and a way to create accounts. */
@WebIntegrationTest
public abstract class WebTestSupport {

    @LocalServerPort
    protected int port;
    @Autowired
    protected Operators operators;
    @Autowired
    protected PasswordEncoder passwords;
    @Autowired
    protected JdbcClient jdbc;

    protected Api api;
    protected TestAccounts accounts;

    @BeforeEach
    void connectClient() {
        api = new Api(port);
        accounts = new TestAccounts(api, operators, passwords);
    }
}
