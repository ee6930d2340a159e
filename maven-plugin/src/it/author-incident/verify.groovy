// sitrep:incident writes a file that passes sitrep:check; a bad request fails with the known values and no stack trace.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def first = new File(basedir, 'incidents/2026/2026-11-20-checkout-errors/incident.yaml')
assert first.text == '''title: Checkout errors
severity: P1
components:
  api: partial_outage
  checkout: major_outage
commander: Dana Ito
detected: 2026-11-20T10:26:00Z
acknowledged: 2026-11-20T10:30:00Z
updates:
  - at: 2026-11-20T10:30:00Z
    status: investigating
    message: We are investigating reports of problems with Public API and Checkout.
'''
assert lines.contains('[INFO] sitrep: opened incident 2026-11-20-checkout-errors in incidents/2026/2026-11-20-checkout-errors/incident.yaml')
assert lines.contains('[INFO] sitrep: post updates with: mvn sitrep:update -Did=2026-11-20-checkout-errors -Dstatus=identified -Dmessage="..."')
assert lines.contains('[INFO] sitrep: 2 files read (1 incident), no errors, no warnings')

assert log.contains("unknown component 'serch'; did you mean 'search'? known components: api, checkout, search")
assert log.contains("unknown severity 'P5'; did you mean 'P0'? known severities: P0 (Critical), P1 (High), P2 (Medium), P3 (Low)")
assert !lines.any { it.trim().startsWith('at ') } : 'no stack trace for bad input'
assert !new File(basedir, 'incidents/2026/2026-11-20-search-is-slow').exists()

def second = new File(basedir, 'incidents/2026/2026-11-20-checkout-errors-2/incident.yaml')
assert second.text.contains('  - at: 2026-11-20T10:45:00Z\n    status: investigating\n    message: "Card payments are slow: we are looking into it."\n')
assert lines.contains('[INFO] sitrep: 3 files read (2 incidents), no errors, no warnings')

// sitrep:help -Ddetail -Dgoal=incident documents every parameter with its property
assert log.contains('sitrep:incident')
['title', 'severity', 'components', 'message', 'commander', 'id', 'started', 'detected', 'acknowledged',
 'sitrep.sourceDirectory', 'sitrep.now'].each {
    assert log.contains("User property: $it") : "help names $it"
}
true
