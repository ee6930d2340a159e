/**
 * Running {@code check} and {@code generate} for a host such as the Maven plugin, as a
 * {@link dev.sitrep.worker.Request} (a goal, its options, and the SARIF report to write, if any): in the host's JVM
 * ({@link dev.sitrep.worker.Worker#run}), or in a JVM of their own started with options that suit a short batch run
 * ({@link dev.sitrep.worker.ForkedRun}). Either way the host gets the same {@link dev.sitrep.worker.Outcome}, and
 * the same report file.
 */
package dev.sitrep.worker;
