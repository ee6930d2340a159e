// The SARIF report cannot be written: the findings and the summary are printed as usual, then the build
// fails with the reason, without a stack trace, and no line claims that the report was written.
def lines = new File(basedir, 'build.log').readLines()
assert lines.findAll { it.contains(': error: ') }.size() == 3 : 'the findings are printed'
def summary = lines.indexOf('[INFO] sitrep: 2 files read (0 incidents), 3 errors, no warnings')
assert summary > 0
def report = new File(basedir, 'target/sitrep/findings.sarif').absolutePath
def failure = lines.findIndexOf { it.contains("sitrep could not finish: cannot write the SARIF report $report: ") }
assert failure > summary : 'the build fails on the report, after the findings'
assert !lines.any { it.contains('reports written') }
assert !lines.any { it.trim().startsWith('at ') } : 'no stack trace'
assert new File(basedir, 'target/sitrep').isFile()
