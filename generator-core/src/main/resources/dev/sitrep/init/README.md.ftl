# [=title]

This repository is the status site [=title], published at <[=baseUrl]>. Every incident is a folder of
files under `incidents/`; [sitrep]([=sitrepRepository]) checks them on every change and turns them into the
static status site: the status page, incident history, a page per incident with its postmortem, action items,
metrics, feeds and a Statuspage-compatible JSON API.

You need Java 17 and Maven 3.8.7 or newer. Until sitrep is on Maven Central, install it once on your machine:

```
git clone --depth 1 --branch [=sitrepRef] [=sitrepRepository] /tmp/sitrep && mvn -B -q -f /tmp/sitrep/pom.xml -DskipTests install
```

## During an incident

Open it as soon as it is detected; the folder name becomes its id, which the commands below print:

```
mvn sitrep:incident -Dtitle="Checkout errors" -Dseverity=P1 -Dcomponents=[=firstComponentId]:partial_outage
```

Post an update at least as often as the severity asks (P0 every 30 minutes, P1 every hour):

```
mvn sitrep:update -Did=<incident id> -Dstatus=identified -Dmessage="We found the cause and are rolling back."
mvn sitrep:update -Did=<incident id> -Dstatus=resolved -Dmessage="Checkout has recovered."
```

Statuses are `investigating`, `identified`, `monitoring` and `resolved`. `mvn sitrep:announce -Did=<incident id>`
prints the words to send to the internal channel and to customers. Commit and push each change: the site is
published from the default branch within minutes.

## After the incident

P0 and P1 incidents need a postmortem within 48 hours of resolution. Start it with the incident's facts filled in:

```
mvn sitrep:postmortem -Did=<incident id> -Dauthors="Dana Ito, Sam Roe"
```

Write each section of `incidents/<year>/<incident id>/postmortem.md`, name its contributing factors under
`factors:` (the ids that `incidents/sitrep.yaml` declares), track the follow-ups under `actionItems:` in its front
matter, and set `status: published` with the `published:` time when it is reviewed. Mark action items `done` with
their `completed:` date as they are finished.

When an incident repeats or follows an earlier one, say so in its `incident.yaml`, e.g.
`related: [<earlier incident id>]`. The check warns about an incident whose postmortem names the same factor
as an earlier incident's on a shared component within 90 days, until `related` lists the earlier one.

## Check and publish

| command | what it does |
| --- | --- |
| `mvn verify` | checks every file: each finding is printed as `path:line:col: error: message`, with how to fix it |
| `mvn site` | writes the status site to `target/site/status/` (open `index.html`; it works from `file://`) |

Pull requests are checked by `.github/workflows/status.yml` on GitHub or `.gitlab-ci.yml` on GitLab, which also
publish the site from the default branch (GitHub Pages or GitLab Pages); delete the one you do not use.
`incidents/sitrep.yaml` holds the title, the components, the severities with their targets and the postmortem
policy: edit it to match your procedures.
