/** The HTTP conventions every module's controllers share: problem details, body limits, request ids. */
package id.sapa.shared.web;
