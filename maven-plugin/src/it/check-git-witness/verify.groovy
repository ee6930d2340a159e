// git first records the postmortem as published on 5 October, 2d 22h after its claimed time and after its due time.
def lines = new File(basedir, 'build.log').readLines()
def witness = lines.findAll { it.contains(': warning: ') }
assert witness.size() == 1 : lines.join('\n')
assert witness[0] ==~ /\[WARNING\] incidents\/2026\/2026-10-01-api-outage\/postmortem\.md:4:12: warning: 'published' says 2026-10-02T16:00:00Z, but git first records this postmortem as published in commit [0-9a-f]{10} at 2026-10-05T14:30:00Z, 2d 22h later; by git's record it was published 2d 4h after it was due \(2026-10-03T10:00:00Z\); set 'published' to when it was really published/ : witness[0]
assert lines.contains('[INFO] sitrep: 3 files read (1 incident), no errors, 1 warning')
