/**
 * The HTTP conventions every module's controllers share: problem details, body limits, request ids,
 * and the inputs refused before any controller sees them (form bodies, U+0000).
 */
package id.sapa.shared.web;
