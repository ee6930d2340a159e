// `mvn site` runs the generate goal where it is declared: the status site, its feeds and its JSON API.
// An overdue postmortem is a policy error: printed, shown on the site, but it does not fail generate.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def status = new File(basedir, 'target/site/status')
assert lines.any { it.startsWith('[INFO] sitrep: status site written to ') && it.contains('/target/site/status/index.html (') }
assert lines.contains('[ERROR] incidents/2026/2026-11-10-login-outage/incident.yaml:7:1: error: postmortem for this P1 incident was due 2026-11-12T09:40:00Z (2d after resolution) and is 8d 2h overdue; publish a postmortem.md next to incident.yaml with status: published')
assert lines.contains('[INFO] sitrep: 3 files read (2 incidents), 1 error, no warnings')
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.contains('SLF4J') } : 'no SLF4J notices'
assert !new File(basedir, 'target/sitrep/findings.sarif').exists() : 'site does not run the check of phase verify'

['index.html', 'history/index.html', 'incidents/2026-11-03-api-errors/index.html', 'action-items/index.html',
 'metrics/index.html', 'history.atom', 'history.rss',
 'api/v2/summary.json', 'api/v2/status.json', 'api/v2/components.json', 'api/v2/incidents.json',
 'api/v2/incidents/unresolved.json', 'api/v2/scheduled-maintenances.json',
 'api/v2/scheduled-maintenances/upcoming.json', 'api/v2/scheduled-maintenances/active.json'].each {
    assert new File(status, it).isFile() : "the site has $it"
}
assert new File(status, 'index.html').text.contains('Tiny Status')
assert new File(status, 'history.atom').text.contains('Tiny Status')
def summary = new JsonSlurper().parse(new File(status, 'api/v2/summary.json'))
assert summary.status.indicator == 'none'
assert summary.components*.name == ['Public API']
def incidents = new JsonSlurper().parse(new File(status, 'api/v2/incidents.json'))
assert incidents.incidents*.id as Set == ['2026-11-03-api-errors', '2026-11-10-login-outage'] as Set
