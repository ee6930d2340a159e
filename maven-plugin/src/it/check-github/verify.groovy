// On GitHub Actions each finding is also printed raw as a workflow command that starts its line.
def lines = new File(basedir, 'build.log').readLines()
def file = 'incidents/2026/2026-11-03-api-errors/incident.yaml'
def annotations = lines.findAll { it.startsWith('::') }
assert annotations == [
    "::error file=$file,line=9,col=13,title=SR004 invalid-value::'status' 'investigatin' is not allowed; did you mean 'investigating'? use one of: investigating, identified, monitoring, resolved",
    "::error file=$file,line=11,col=5,title=SR003 missing-key::missing required key 'message'",
    "::error file=$file,line=13,col=5,title=SR002 unknown-key::unknown key 'mesage' in an update; did you mean 'message'?",
]*.toString()
assert lines.contains("[ERROR] $file:11:5: error: missing required key 'message'".toString()) : 'the plain lines are printed too'
assert lines.any { it.contains('sitrep check failed: 3 errors') }
