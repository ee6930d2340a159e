# Checks every merge request and publishes the status site from the default branch with GitLab Pages, with sitrep
# (see README.md).
#
# Merge requests: `sitrep:check` in pull-request mode; its findings appear in the merge request's Code Quality
# widget. An unrelated overdue postmortem is only a warning there; a broken file in the change fails the check.
# The default branch: `mvn site` generates the status site and GitLab Pages publishes it. Add a pipeline schedule
# (Build > Pipeline schedules, e.g. every hour) so that the site's clock moves on when nobody pushes.
image: maven:3.9-eclipse-temurin-17

variables:
  GIT_DEPTH: "0"                 # full history: the target branch for pull-request mode, and the publication witness
  MAVEN_CLI_OPTS: "-B -Dmaven.repo.local=$CI_PROJECT_DIR/.m2/repository"
  # sitrep is not on Maven Central yet: each job builds it from source once (the cache keeps it afterwards). When
  # your builds get sitrep from Maven Central or from your own repository manager, delete these two variables and
  # the before_script.
  SITREP_REPOSITORY: [=sitrepRepository]
  SITREP_REF: [=sitrepRef]

cache:
  key: maven
  paths:
    - .m2/repository
    # sitrep's build cache and the last site it published: a rebuild parses, renders and writes only what changed
    - target/sitrep-cache
    - target/site/status

before_script:
  - git clone --quiet --depth 1 --branch "$SITREP_REF" "$SITREP_REPOSITORY" /tmp/sitrep
  - mvn $MAVEN_CLI_OPTS -q -f /tmp/sitrep/pom.xml -DskipTests install

check:
  stage: test
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  script:
    - git fetch --quiet origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - mvn $MAVEN_CLI_OPTS sitrep:check -Dsitrep.changedSince="origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
  artifacts:
    when: always
    reports:
      codequality: target/sitrep/gl-code-quality-report.json

pages:
  stage: deploy
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - mvn $MAVEN_CLI_OPTS site
    - rm -rf public && cp -r target/site/status public
  artifacts:
    paths:
      - public
