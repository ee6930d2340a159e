// sitrep:update appends in place (comments and blank lines stay), sets resolved, and the check passes.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def file = 'incidents/2026/2026-11-20-checkout-errors/incident.yaml'

assert new File(basedir, file).text == '''# Opened by Dana from the pager alert; keep this comment.
title: Checkout errors
severity: P1
components:
  checkout: major_outage    # card payments only

commander: Dana Ito
detected: 2026-11-20T10:26:00Z
acknowledged: 2026-11-20T10:30:00Z
resolved: 2026-11-20T11:50:00Z
updates:
  - at: 2026-11-20T10:30:00Z
    status: investigating
    message: We are investigating reports of problems with Checkout.
  - at: 2026-11-20T11:05:00Z
    status: identified
    message: "Cause: a faulty deploy of the payment service #4711. We are rolling it back."
  - at: 2026-11-20T11:50:00Z
    status: resolved
    message: Checkout works normally again.
'''
assert lines.contains("[INFO] sitrep: $file: added update 2 (identified) at 2026-11-20T11:05:00Z".toString())
assert lines.contains("[INFO] sitrep: $file: added update 3 (resolved) at 2026-11-20T11:50:00Z".toString())
assert lines.contains("[INFO] sitrep: $file: set resolved: 2026-11-20T11:50:00Z".toString())
assert lines.count('[INFO] sitrep: the words for the channel and customers: mvn -q sitrep:announce -Did=2026-11-20-checkout-errors') == 2
assert lines.count('[INFO] sitrep: start the postmortem with: mvn sitrep:postmortem -Did=2026-11-20-checkout-errors') == 1
assert lines.contains('[INFO] sitrep: 2 files read (1 incident), no errors, no warnings')
assert log.contains("unknown status 'resolvd'; did you mean 'resolved'? use one of: investigating, identified, monitoring, resolved")
assert log.contains("unknown incident 'checkout-errors'; did you mean '2026-11-20-checkout-errors'?")
assert !lines.any { it.trim().startsWith('at ') } : 'no stack trace for bad input'
