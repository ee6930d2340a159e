// sitrep:postmortem writes a draft with the required sections and the facts; the check passes; it never overwrites.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def file = 'incidents/2026/2026-11-19-checkout-3ds-failures/postmortem.md'
def text = new File(basedir, file).text

assert text.startsWith('---\nauthors: [Sam Roe, Lea Fischer]\nstatus: draft\n')
assert text.contains('\nactionItems: []\n---\n')
def headings = text.readLines().findAll { it.startsWith('## ') }
assert headings == ['## Summary', '## Timeline', '## Root Cause', '## Impact', '## Action Items', '## Response']
assert text.contains('- **Title**: 3-D Secure challenges failing at checkout\n')
assert text.contains('- **Severity**: P1 (High)\n')
assert text.contains('- **Duration**: 2 hours 38 minutes, from 2026-11-19 08:42 CET to 11:20 CET\n')
assert text.contains('- **Impact**: Checkout (partial outage)\n')
assert text.contains('All times are Europe/Berlin (CET).\n\n- 2026-11-19 08:42 – Impact started\n- 2026-11-19 08:50 – Detected\n')
assert text.contains('- 2026-11-19 11:20 – Update (Resolved): Challenge success rates are normal again.\n')

assert lines.contains("[INFO] sitrep: wrote the draft postmortem $file; replace the prompts in italics, then set status: published and published: <time>".toString())
assert lines.contains('[INFO] sitrep: 3 files read (1 incident), no errors, no warnings')
assert log.contains("$file already exists; sitrep never overwrites a postmortem".toString())
assert new File(basedir, file).text == text
assert !lines.any { it.trim().startsWith('at ') } : 'no stack trace for bad input'
