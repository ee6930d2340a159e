// sitrep:announce prints the procedures' formats to standard output (no log prefix) and to the file.
def log = new File(basedir, 'build.log').text
def expected = '''==== Internal status update ====
**INCIDENT UPDATE [12:15 CET]**
Incident: Elevated search latency (P1 High)
Status: IDENTIFIED
Impact: Search: degraded performance; Public API: partial outage
Actions Taken: Shard recovery competes with queries for disk bandwidth. We are throttling it.
Next Steps: Fix or mitigate the cause. Next update by 13:15 CET.
ETA: Not known yet; the P1 target is resolution within 4 hours, by 15:30 CET.
Status page: https://status.tiny.example/incidents/2026-11-20-search-latency/

==== Customer notification ====
We have identified the cause of elevated search latency affecting Search and Public API and are working on a fix.
We will provide updates every 1 hour until resolved.
Status: https://status.tiny.example/incidents/2026-11-20-search-latency/

==== Status page ====
Status: Identified

Timeline (CET):
[11:30] - Issue detected
[12:15] - Root cause identified
'''
assert new File(basedir, 'target/announce.txt').getText('UTF-8') == expected
assert log.contains(expected) : 'printed as it is, without [INFO] prefixes'
assert log.contains('[INFO] sitrep: 2 files read (1 incident), no errors, no warnings')
assert log.contains("unknown incident '2026-11-20-search-latncy'; did you mean '2026-11-20-search-latency'?")
assert !log.readLines().any { it.trim().startsWith('at ') } : 'no stack trace for bad input'
