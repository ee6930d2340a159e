// Maven's JVM has the worker's options (C1 only, the serial collector) and sitrep.fork is unset: check runs inside
// Maven's JVM, since a second JVM would only cost its start, and does everything it does in a worker.
def lines = new File(basedir, 'build.log').readLines()
assert lines.any { it.startsWith("[DEBUG] sitrep: running check in Maven's JVM (it already runs with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC") }
assert !lines.any { it.contains('in a JVM of its own with') } : 'no worker JVM was started'
assert lines.contains('[INFO] sitrep: 2 files read (1 incident), no errors, no warnings')
assert lines.contains('[INFO] sitrep: SARIF report written to target/sitrep/findings.sarif')
assert new File(basedir, 'target/sitrep/findings.sarif').isFile()
assert lines.any { it.contains('BUILD SUCCESS') }
