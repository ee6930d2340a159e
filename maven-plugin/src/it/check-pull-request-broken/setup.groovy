// A status repository with history: main holds an old P1 incident whose postmortem is overdue; the branch
// `update` opens a new incident (the files under change/). Made with JGit, as sitrep reads it.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent
import java.nio.file.Files
import java.time.Instant
import java.time.ZoneOffset

def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
def commit = { String message, String when ->
    git.add().addFilepattern('pom.xml').addFilepattern('incidents').call()
    def who = new PersonIdent('Dana Ito', 'dana@example.com', Instant.parse(when), ZoneOffset.UTC)
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call()
}
commit('Resolve the API outage', '2026-10-01T10:05:00Z')
git.checkout().setCreateBranch(true).setName('update').call()
Files.move(new File(basedir, 'change/2026-11-20-web-slow').toPath(),
        new File(basedir, 'incidents/2026/2026-11-20-web-slow').toPath())
commit('Open the website incident', '2026-11-20T11:15:00Z')
git.close()
return true
