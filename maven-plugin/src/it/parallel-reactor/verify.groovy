// Two status repositories, one -T 2 build: each module's goals see only its own files and write only its own site.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.any { it.contains('MultiThreadedBuilder') && it.contains('thread count of 2') } : 'the build ran with -T 2'
assert !lines.any { it.contains('not marked as thread-safe') || it.contains('not thread-safe') }
assert lines.any { it.contains('BUILD SUCCESS') }
// each module checks its own files cleanly (the open US incident is a P3, which has no resolve target)
assert lines.count { it.contains('[INFO] sitrep: 2 files read (1 incident), no errors') } == 4 : 'check and generate, twice'

def eu = new File(basedir, 'eu/target/site/status')
def us = new File(basedir, 'us/target/site/status')
assert new File(eu, 'index.html').text.contains('EU Status')
assert !new File(eu, 'index.html').text.contains('US ')
assert new File(us, 'index.html').text.contains('US Status')
assert !new File(us, 'index.html').text.contains('EU ')
assert new File(eu, 'incidents/2026-11-03-eu-api-errors/index.html').isFile()
assert !new File(eu, 'incidents/2026-11-04-us-web-slow').exists()
assert new File(us, 'incidents/2026-11-04-us-web-slow/index.html').isFile()
def summary = { File site -> new JsonSlurper().parse(new File(site, 'api/v2/summary.json')) }
assert summary(eu).page.name == 'EU Status' && summary(eu).components*.name == ['EU API']
assert summary(us).page.name == 'US Status' && summary(us).components*.name == ['US Website']
assert summary(us).incidents*.id == ['2026-11-04-us-web-slow'] : 'the open US incident, and only it'
assert summary(eu).incidents == []
['eu', 'us'].each { m ->
    def sarif = new JsonSlurper().parse(new File(basedir, "$m/target/sitrep/findings.sarif"))
    assert sarif.runs[0].results == []
}
return true
