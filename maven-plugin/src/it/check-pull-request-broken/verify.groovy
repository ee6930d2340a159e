// A data error in the changed file fails the check; the unrelated overdue postmortem is still only a warning.
def lines = new File(basedir, 'build.log').readLines()
def changed = 'incidents/2026/2026-11-20-web-slow/incident.yaml'
assert lines.contains("[ERROR] $changed:4:3: error: unknown component 'wbe'; did you mean 'web'? (known: api, web)".toString()) : lines.join('\n')
assert lines.any { it.startsWith('[WARNING] incidents/2026/2026-10-01-api-outage/incident.yaml:7:1: warning: postmortem for this P1') }
assert lines.contains('[INFO] sitrep: 3 files read (2 incidents), 1 error, 1 warning')
assert lines.any { it.contains('BUILD FAILURE') }
