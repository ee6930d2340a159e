// A sitrep.now that is not an instant: one clear message with the format, no stack trace, nothing read.
def lines = new File(basedir, 'build.log').readLines()
assert lines.any { it.contains("sitrep.now is '2026-11-20', which is not an ISO-8601 instant; write it as date, time and offset, e.g. -Dsitrep.now=2026-11-20T12:00:00Z (or +02:00 instead of Z)") }
assert !lines.any { it.trim().startsWith('at ') || it.contains('java.') || it.contains('ParseException') } : 'no stack trace'
assert !new File(basedir, 'target/sitrep').exists()
