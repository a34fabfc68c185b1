/**
 * Vocabulary every module shares: identifiers, roles, problem types, the database bootstrap and
 * the web conventions (problem details, request limits, request ids).
 *
 * <p>Rules between modules (docs/architecture.md): each module publishes one sealed interface of
 * event records, published inside the changing transaction. Another module reacts durably through
 * the event publication registry ({@code @ApplicationModuleListener}, or {@code @Async} +
 * {@code @TransactionalEventListener}), idempotently since delivery is at least once; a plain
 * {@code @EventListener} only where the reaction is part of the change's unit of work; realtime
 * pushes are best effort, after commit, without the registry.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.sapa.shared;

import org.springframework.modulith.ApplicationModule;
