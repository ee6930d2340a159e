// See setup.groovy: sitrep deployed to a file repository, adopted from there in an empty folder.
def work = new File(basedir, 'work')
def team = new File(work, 'acme-status')
def exit = { String name -> new File(basedir, "${name}.exit").text as int }
def log = { String name -> new File(basedir, "${name}.log").readLines() }

// init wrote every file and said what to do next
assert exit('init') == 0 : 'init failed; see init.log'
def files = ['pom.xml', '.mvn/jvm.config', 'incidents/sitrep.yaml', '.github/workflows/status.yml', '.gitlab-ci.yml',
             '.gitignore', 'README.md']
files.each { assert new File(team, it).isFile() : "init wrote $it" }
files.each { f -> assert log('init').contains("[INFO]   wrote $f".toString()) }
assert log('init').contains('[INFO]   mvn verify     # checks incidents/ (every finding as path:line:col)')
assert new File(team, 'pom.xml').text.contains("<sitrep.version>${sitrepVersion}</sitrep.version>")

// mvn verify checks the new repository and passes; mvn site writes the status site
assert exit('verify') == 0 : 'mvn verify failed in the new repository; see verify.log'
assert log('verify').contains('[INFO] sitrep: 1 file read (0 incidents), no errors, no warnings')
assert new File(team, 'target/sitrep/gl-code-quality-report.json').text.trim() == '[ ]'
assert exit('site') == 0 : 'mvn site failed in the new repository; see site.log'
def index = new File(team, 'target/site/status/index.html')
assert index.isFile()
assert index.text.contains('Acme Status') && index.text.contains('Public API') && index.text.contains('Website')

// a second init writes nothing and names the files that exist
assert exit('init-again') != 0
assert log('init-again').any { it.contains('sitrep:init wrote nothing, because pom.xml, .mvn/jvm.config, incidents/sitrep.yaml') }
assert !new File(team, 'pom.xml').text.contains('Other')

// sitrep came from the file repository alone: the fresh local repository knows it from there, and from nowhere else
def local = new File(work, 'fresh-local-repo/dev/sitrep')
['sitrep-maven-plugin', 'sitrep-generator-core', 'sitrep-site-templates', 'sitrep-parent'].each { a ->
    def dir = new File(local, "$a/$sitrepVersion")
    assert dir.isDirectory() : "$a was resolved"
    def origins = dir.listFiles()*.name.findAll { it.startsWith('maven-metadata-') || it == '_remote.repositories' }
    assert origins.any { it == 'maven-metadata-sitrep-file-repo.xml' || new File(dir, it).text.contains('sitrep-file-repo') } : "$a came from the file repository: $origins"
    assert !origins.any { it.contains('upstream') || it.contains('central') } : "$a came from nowhere else: $origins"
}
assert !new File(work, 'upstream/dev/sitrep').exists()
