// Two `mvn site` runs in a row: the first writes the site and the build cache (target/sitrep-cache), the second
// parses nothing again, renders nothing again and changes no file of the published site.
def lines = new File(basedir, 'build.log').readLines()
def written = lines.findAll { it.startsWith('[INFO] sitrep: status site written to ') }
assert written.size() == 2 : "two generate runs in build.log: $written"
assert !written[0].endsWith('; 0 files changed)') : written[0]
assert written[1].endsWith('; 0 files changed)') : written[1]
assert new File(basedir, 'target/sitrep-cache/sitrep-cache.bin').isFile()
def manifest = new File(basedir, 'target/site/status/.sitrep-manifest').readLines()
assert manifest.any { it.startsWith('index.html\t') } : 'each page is listed with its key'
assert !lines.any { it.contains('build cache') } : 'no notice about the cache'
