// The change (a new incident on branch `update`) is clean; the old incident's overdue postmortem is outside the
// change, so it is a warning that names the reason, and the check passes.
def lines = new File(basedir, 'build.log').readLines()
def old = 'incidents/2026/2026-10-01-api-outage/incident.yaml'
def overdue = lines.findAll { it.contains("$old:") }
assert overdue.size() == 1 : lines.join('\n')
assert overdue[0].startsWith("[WARNING] $old:7:1: warning: postmortem for this P1 incident was due 2026-10-03T10:00:00Z")
assert overdue[0].endsWith('(a warning in this change: the file is not changed since main)')
assert lines.contains('[INFO] sitrep: 3 files read (2 incidents), no errors, 1 warning')
assert lines.any { it.contains('BUILD SUCCESS') }
