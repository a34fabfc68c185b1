package id.sapa.autoreply;

/** Whether a rule may still answer this customer now (cooldown, daily caps). */
@FunctionalInterface
interface Limits {

    Limits NONE = rule -> null;

    /** @return why the rule may not answer, or null when it may */
    Reason refusal(Rule rule);
}
