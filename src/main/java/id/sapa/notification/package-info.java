/**
 * Billing notices for integrators (seed 004): a billing or point-of-sale system, calling with an API
 * key, has Sapa send payment, invoice, late-payment and prepaid notices to the shop's own customers,
 * one at a time or in bulk, never twice for one retried request, never to a customer who opted out.
 * Each notice is logged ({@code notification_logs}) and follows its message's delivery status. Nothing
 * depends on this module.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "contact", "channel", "channel :: spi", "message", "conversation"})
package id.sapa.notification;

import org.springframework.modulith.ApplicationModule;
