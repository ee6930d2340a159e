// With sitrep.jvmArgs set, check runs in a JVM of its own started with them, even though Maven's JVM already has the
// worker's default options (invoker.mavenOpts): an option no JVM accepts stops it, and the build says so in the JVM's
// words, with what to do, and without a stack trace.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.any { it.startsWith('[WARNING] sitrep worker: ') && it.contains('NoSuchOptionAnywhere') } : 'the JVM output is passed on'
assert lines.any { it.contains("sitrep could not finish: sitrep's worker JVM ended with exit code 1 and left no result") }
assert log.contains('-Dsitrep.jvmArgs=')
assert !lines.any { it.trim().startsWith('at ') } : 'no stack trace'
assert !lines.any { it.contains('files read') } : 'nothing was checked'
