// The postmortem is committed as a draft the day after the outage, and as published three days later, while
// its front matter claims it was published on 2 October, within the 48 hours.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.time.Instant
import java.time.ZoneOffset

def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
def commit = { String message, String when ->
    git.add().addFilepattern('pom.xml').addFilepattern('incidents').call()
    def who = new PersonIdent('Dana Ito', 'dana@example.com', Instant.parse(when), ZoneOffset.UTC)
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call()
}
commit('Draft the API outage postmortem', '2026-10-02T09:00:00Z')
Files.copy(new File(basedir, 'published/postmortem.md').toPath(),
        new File(basedir, 'incidents/2026/2026-10-01-api-outage/postmortem.md').toPath(),
        StandardCopyOption.REPLACE_EXISTING)
commit('Publish the API outage postmortem', '2026-10-05T14:30:00Z')
git.close()
return true
