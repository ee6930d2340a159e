// Deploys sitrep to a file-based repository as a release would deploy it to a remote one, then adopts it as a new
// team would, in an empty folder, with Maven processes of their own:
//   1. init (no pom yet), 2. mvn verify, 3. mvn site, 4. init again, which must write nothing.
// Their local repository is new, and the only repositories they know are the file repository (for sitrep) and an
// "upstream" view of the user's local repository without dev/sitrep (for Maven's own plugins), plus Maven Central:
// so sitrep's artifacts can only come from the file repository. verify.groovy checks what each step did.
import java.nio.file.Files
import java.nio.file.Path

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def work = new File(basedir, 'work')
def fileRepo = new File(work, 'file-repo')
def upstream = new File(work, 'upstream')
def freshRepo = new File(work, 'fresh-local-repo')
def team = new File(work, 'acme-status')
[fileRepo, upstream, freshRepo, team].each { it.mkdirs() }

def run = { File dir, String name, List<String> args ->
    def log = new File(basedir, "${name}.log")
    def command = [mvn, '-B', '-s', new File(work, 'settings.xml').absolutePath,
                   "-Dmaven.repo.local=${freshRepo.absolutePath}".toString()] + args
    def process = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).redirectOutput(log).start()
    def exit = process.waitFor()
    new File(basedir, "${name}.exit").text = "${exit}"
    return exit
}

// the user's local repository without sitrep, as a file repository of symbolic links
def userRepo = new File(userRepository)
userRepo.eachFile { top ->
    if (top.name == 'dev') {
        def dev = new File(upstream, 'dev'); dev.mkdirs()
        top.eachFile { if (it.name != 'sitrep') Files.createSymbolicLink(new File(dev, it.name).toPath(), it.toPath()) }
    } else {
        Files.createSymbolicLink(new File(upstream, top.name).toPath(), top.toPath())
    }
}

new File(work, 'settings.xml').text = """<settings>
  <profiles>
    <profile>
      <id>consumer</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository><id>sitrep-file-repo</id><url>${fileRepo.toURI()}</url>
          <snapshots><enabled>true</enabled></snapshots></repository>
        <repository><id>upstream</id><url>${upstream.toURI()}</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>sitrep-file-repo</id><url>${fileRepo.toURI()}</url>
          <snapshots><enabled>true</enabled></snapshots></pluginRepository>
        <pluginRepository><id>upstream</id><url>${upstream.toURI()}</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
</settings>
"""

// 0. deploy: each of sitrep's artifacts, as this build installed them, with deploy:deploy-file
def installed = new File(localRepositoryPath, "dev/sitrep")
def deploy = { String artifactId, String packaging ->
    def dir = new File(installed, "${artifactId}/${sitrepVersion}")
    def pom = new File(dir, "${artifactId}-${sitrepVersion}.pom")
    def file = packaging == 'pom' ? pom : new File(dir, "${artifactId}-${sitrepVersion}.jar")
    assert file.isFile() : "installed by the invoker: $file"
    return run(work, "deploy-${artifactId}", ["org.apache.maven.plugins:maven-deploy-plugin:${deployPluginVersion}:deploy-file",
        "-Dfile=${file.absolutePath}", "-DpomFile=${pom.absolutePath}", "-Dpackaging=${packaging}",
        "-DrepositoryId=sitrep-file-repo", "-Durl=${fileRepo.toURI()}"]*.toString())
}
[['sitrep-parent', 'pom'], ['sitrep-site-templates', 'jar'], ['sitrep-generator-core', 'jar'],
 ['sitrep-maven-plugin', 'jar']].each { a ->
    assert deploy(a[0], a[1]) == 0 : "deploying ${a[0]}; see deploy-${a[0]}.log"
}
// the deploy runs above put sitrep nowhere but the file repository; start the team's builds from a new local one
freshRepo.deleteDir(); freshRepo.mkdirs()

// 1-4: the team's first steps
def plugin = "dev.sitrep:sitrep-maven-plugin:${sitrepVersion}"
run(team, 'init', ["${plugin}:init", '-Dtitle=Acme Status', '-DbaseUrl=https://status.acme.example',
                   '-Dcomponents=api:Public API,web:Website']*.toString())
run(team, 'verify', ['verify'])
run(team, 'site', ['site'])
run(team, 'init-again', ["${plugin}:init", '-Dtitle=Other']*.toString())
return true
