// A clean repository: the check passes, prints its summary, writes an empty SARIF report; sitrep:help works.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] sitrep: 2 files read (1 incident), no errors, no warnings')
assert lines.contains('[INFO] sitrep: reports written to target/sitrep/findings.sarif (SARIF) and target/sitrep/gl-code-quality-report.json (GitLab Code Quality)')
assert !lines.any { it.startsWith('::') } : 'no workflow commands outside GitHub Actions'
assert !lines.any { it.contains(': error: ') || it.contains(': warning: ') }
assert !lines.any { it.contains('SLF4J') } : 'no SLF4J notices'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sitrep/findings.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'sitrep'
assert sarif.runs[0].results == []
assert new JsonSlurper().parse(new File(basedir, 'target/sitrep/gl-code-quality-report.json')) == []

// sitrep:help -Ddetail -Dgoal=check documents every parameter with its property
def log = lines.join('\n')
assert log.contains('sitrep:check')
['sitrep.sourceDirectory', 'sitrep.now', 'sitrep.failOnWarning', 'sitrep.skip', 'sitrep.changedSince'].each {
    assert log.contains("User property: $it") : "help names $it"
}
assert log.contains('ISO-8601 instant')
