// Data errors: generate prints them like check, fails, and writes nothing.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains("[ERROR] incidents/2026/2026-11-03-api-errors/incident.yaml:11:5: error: missing required key 'message'")
assert lines.contains('[INFO] sitrep: 2 files read (0 incidents), 3 errors, no warnings')
assert lines.any { it.contains('sitrep generate failed: 3 data errors in the incident files, so no site was written; fix the findings listed above') }
assert !new File(basedir, 'target/site/status').exists()
