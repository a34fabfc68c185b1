/** Durable jobs: one db-scheduler instance running the tasks every module declares as beans. */
package id.sapa.shared.jobs;
