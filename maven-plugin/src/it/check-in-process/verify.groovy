// sitrep.fork=false: the same findings as check-broken's worker run, found inside Maven's JVM, and printed the
// same way; the worker's options (which no JVM would start with) are never used. Maven's JVM writes the SARIF report.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
// outside the project, so shown as an absolute path
def file = new File(basedir, '../../../src/it/check-broken/incidents/2026/2026-11-03-api-errors/incident.yaml').canonicalPath
def expected = [
    "[ERROR] $file:9:13: error: 'status' 'investigatin' is not allowed; did you mean 'investigating'? use one of: investigating, identified, monitoring, resolved",
    "[ERROR] $file:11:5: error: missing required key 'message'",
    "[ERROR] $file:13:5: error: unknown key 'mesage' in an update; did you mean 'message'?",
]*.toString()
def findings = lines.findAll { it.contains(': error: ') || it.contains(': warning: ') }
assert findings == expected : 'the findings, in order, and nothing else'
def summary = lines.indexOf('[INFO] sitrep: 2 files read (0 incidents), 3 errors, no warnings')
assert summary > 0
assert lines.indexOf('[INFO] sitrep: SARIF report written to target/sitrep/findings.sarif') == summary + 1
assert lines.any { it.contains('sitrep check failed: 3 errors; fix the findings listed above') }
assert !lines.any { it.contains('NoSuchOptionAnywhere') } : 'no worker JVM was started'
assert !lines.any { it.contains('sitrep worker:') }
assert !lines.any { it.trim().startsWith('at ') } : 'no stack trace for bad input'
assert !lines.any { it.contains('SLF4J') } : 'Maven supplies SLF4J a provider in its own JVM'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sitrep/findings.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId == ['SR004', 'SR003', 'SR002']
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri == java.nio.file.Path.of(file).toUri().toASCIIString() }
