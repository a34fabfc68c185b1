/**
 * Auto-reply: tenants' rules (welcome, keywords, patterns, working hours, menus, routing to the
 * team), compiled per tenant into one keyword automaton and linear-time patterns, and the engine
 * that answers customer messages in bot mode with durable, cancellable delayed replies.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "operator", "message", "conversation", "contact", "quickreply",
        "channel", "channel :: spi"})
package id.sapa.autoreply;

import org.springframework.modulith.ApplicationModule;
