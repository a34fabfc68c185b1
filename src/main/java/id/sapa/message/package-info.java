/**
 * Messages: the inbound pipeline (idempotent recording of what customers send), the outbound
 * pipeline (pending row, durable send job, classified failures, retries) and delivery statuses.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "operator", "contact", "conversation", "quickreply", "channel", "channel :: spi"})
package id.sapa.message;

import org.springframework.modulith.ApplicationModule;
