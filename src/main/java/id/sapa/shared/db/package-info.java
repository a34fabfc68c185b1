/**
 * Where Sapa's data lives: the PostgreSQL named by {@code DATABASE_URL}, or a real PostgreSQL
 * started in-process with its files under the data directory when none is named.
 */
package id.sapa.shared.db;
