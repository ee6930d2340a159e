// A file named target/sitrep, where check's report folder should be.
def target = new File(basedir, 'target')
target.mkdirs()
new File(target, 'sitrep').text = 'not a folder\n'
return true
