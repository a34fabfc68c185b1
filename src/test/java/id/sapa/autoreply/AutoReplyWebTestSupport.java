package id.sapa.autoreply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.context.TestPropertySource;

import id.sapa.support.Api;
import id.sapa.support.TestAccounts.SignedIn;
import id.sapa.support.WebTestSupport;
import tools.jackson.databind.JsonNode;

/** A running server with auto-reply switched on (the other web tests run without it), and rule helpers. */
@TestPropertySource(properties = "sapa.auto-reply.enabled=true")
public abstract class AutoReplyWebTestSupport extends WebTestSupport {

    protected static Map<String, Object> keywordRule(String name, List<String> keywords, String response) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("triggerType", "keyword");
        rule.put("keywords", keywords);
        rule.put("matchType", "contains");
        rule.put("wholeWord", true);
        rule.put("responseType", "text");
        rule.put("responseMessage", response);
        rule.put("delaySeconds", 0);
        return rule;
    }

    protected static Map<String, Object> with(Map<String, Object> rule, Object... pairs) {
        Map<String, Object> changed = new HashMap<>(rule);
        for (int i = 0; i < pairs.length; i += 2) {
            changed.put((String) pairs[i], pairs[i + 1]);
        }
        return changed;
    }

    protected Api.Reply create(SignedIn user, Map<String, Object> rule) {
        return api.post("/api/auto-reply/rules", rule).token(user.token()).send();
    }

    protected String createId(SignedIn user, Map<String, Object> rule) {
        Api.Reply reply = create(user, rule);
        if (reply.status() != 201) {
            throw new AssertionError("create failed: " + reply);
        }
        return reply.json().get("rule").get("id").asString();
    }

    protected JsonNode rules(SignedIn user) {
        return api.get("/api/auto-reply/rules").token(user.token()).send().json().get("rules");
    }

    /** Deletes the presets (and every other rule), so a test sees only its own rules. */
    protected void withoutRules(SignedIn user) {
        for (JsonNode rule : rules(user)) {
            api.delete("/api/auto-reply/rules/" + rule.get("id").asString()).token(user.token()).send();
        }
    }
}
