// `mvn site` runs the generate goal where it is declared: the status site, its feeds and its JSON API.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def status = new File(basedir, 'target/site/status')
assert lines.any { it.startsWith('[INFO] sitrep: status site written to ') && it.contains('/target/site/status') }
assert lines.contains('[INFO] sitrep: 2 files read (1 incident), no errors, no warnings')
assert !new File(basedir, 'target/sitrep/findings.sarif').exists() : 'site does not run the check of phase verify'

['history.atom', 'history.rss',
 'api/v2/summary.json', 'api/v2/status.json', 'api/v2/components.json', 'api/v2/incidents.json',
 'api/v2/incidents/unresolved.json', 'api/v2/scheduled-maintenances.json',
 'api/v2/scheduled-maintenances/upcoming.json', 'api/v2/scheduled-maintenances/active.json'].each {
    assert new File(status, it).isFile() : "the site has $it"
}
assert new File(status, 'history.atom').text.contains('Tiny Status')
def summary = new JsonSlurper().parse(new File(status, 'api/v2/summary.json'))
assert summary.status.indicator == 'none'
assert summary.components*.name == ['Public API']
def incidents = new JsonSlurper().parse(new File(status, 'api/v2/incidents.json'))
assert incidents.incidents*.id == ['2026-11-03-api-errors']
