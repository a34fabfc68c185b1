package id.sapa.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.sapa.operator.Operators;

/** What a web test starts from: a client for the running server and a way to create accounts. */
@WebIntegrationTest
public abstract class WebTestSupport {

    @Autowired
    protected Operators operators;
    @Autowired
    protected PasswordEncoder passwords;
    @Autowired
    protected JdbcClient jdbc;

    protected Api api;
    protected TestAccounts accounts;

    /** Runs at injection, so the client is there for {@code @BeforeAll} of per-class tests too. */
    @Autowired
    void connectClient(@Value("${local.server.port}") int serverPort) {
        api = new Api(serverPort);
        accounts = new TestAccounts(api, operators, passwords);
    }
}
