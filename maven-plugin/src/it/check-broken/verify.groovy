// Data errors: the build fails, every finding is printed as path:line:col: error: message, the SARIF and GitLab Code
// Quality reports list them.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def file = 'incidents/2026/2026-11-03-api-errors/incident.yaml'
def expected = [
    "[ERROR] $file:9:13: error: 'status' 'investigatin' is not allowed; did you mean 'investigating'? use one of: investigating, identified, monitoring, resolved",
    "[ERROR] $file:11:5: error: missing required key 'message'",
    "[ERROR] $file:13:5: error: unknown key 'mesage' in an update; did you mean 'message'?",
]*.toString()
expected.each { assert lines.contains(it) : "build.log has the line: $it" }
def findings = lines.findAll { it.contains(': error: ') || it.contains(': warning: ') }
assert findings == expected : 'the findings, in order, and nothing else'
def summary = lines.indexOf('[INFO] sitrep: 2 files read (0 incidents), 3 errors, no warnings')
assert summary > lines.indexOf(expected[-1])
assert lines.indexOf('[INFO] sitrep: reports written to target/sitrep/findings.sarif (SARIF) and target/sitrep/gl-code-quality-report.json (GitLab Code Quality)') == summary + 1
assert lines.any { it.contains('sitrep check failed: 3 errors; fix the findings listed above') }
assert !lines.any { it.startsWith('::') } : 'no workflow commands outside GitHub Actions'
assert !lines.any { it.trim().startsWith('at ') } : 'no stack trace for bad input'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sitrep/findings.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId == ['SR004', 'SR003', 'SR002']
assert results*.level == ['error', 'error', 'error']
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri == file }
assert results.every { it.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%' }
assert results*.locations*.getAt(0)*.physicalLocation*.region*.startLine == [9, 11, 13]
assert results[0].message.text.startsWith("'status' 'investigatin' is not allowed")
assert sarif.runs[0].tool.driver.rules[results[0].ruleIndex].id == 'SR004'

def quality = new JsonSlurper().parse(new File(basedir, 'target/sitrep/gl-code-quality-report.json'))
assert quality*.check_name == ['SR004', 'SR003', 'SR002']
assert quality*.severity == ['critical', 'critical', 'critical'] : 'data errors stop publishing'
assert quality.every { it.location.path == file }
assert quality*.location*.lines*.begin == [9, 11, 13]
assert quality[1].description == "missing required key 'message'"
assert quality*.fingerprint.unique().size() == 3 && quality.every { it.fingerprint ==~ /[0-9a-f]{64}/ }
