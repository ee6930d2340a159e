// Warnings alone pass a check, but not with sitrep.failOnWarning.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[WARNING] incidents/2026/2026-11-03-api-errors/incident.yaml:6:1: warning: acknowledged 2h after detection, over the P2 target of 1h')
assert lines.contains('[INFO] sitrep: 2 files read (1 incident), no errors, 1 warning')
assert lines.any { it.contains('sitrep check failed: 1 warning, and sitrep.failOnWarning is true; fix the findings listed above') }
assert new File(basedir, 'target/sitrep/findings.sarif').text.contains('"level": "warning"')
