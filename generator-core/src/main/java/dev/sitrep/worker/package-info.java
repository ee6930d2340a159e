/**
 * Running {@code check} and {@code generate} for a host such as the Maven plugin: in the host's JVM
 * ({@link dev.sitrep.worker.Worker#run}), or in a JVM of their own started with options that suit a short batch run
 * ({@link dev.sitrep.worker.ForkedRun}). Either way the host gets the same {@link dev.sitrep.worker.Outcome}.
 */
package dev.sitrep.worker;
