/**
 * Conversations: one per tenant and customer, with status, priority, chat mode (bot, agent,
 * paused), assignment, tags, notes and the counters the inbox list shows.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "contact", "operator"})
package id.sapa.conversation;

import org.springframework.modulith.ApplicationModule;
