/**
 * Vocabulary every module shares: identifiers, roles, problem types, the database bootstrap and
 * the web conventions (problem details, request limits, request ids).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.sapa.shared;

import org.springframework.modulith.ApplicationModule;
