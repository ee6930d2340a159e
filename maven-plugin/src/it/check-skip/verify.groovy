// sitrep.skip: the goal does nothing, though this project has no incidents folder at all.
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] sitrep: skipped because sitrep.skip is true')
assert !lines.any { it.contains('sitrep: ') && it.contains('files read') }
assert !new File(basedir, 'target/sitrep').exists()
