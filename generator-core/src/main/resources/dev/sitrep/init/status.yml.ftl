# Checks every pull request and publishes the status site from the default branch, with sitrep
# (see README.md).
#
# Pull requests: `sitrep:check` in pull-request mode. Findings appear as annotations on the changed lines and the
# SARIF report goes to code scanning. An unrelated overdue postmortem is only a warning there; a broken file in the
# change fails the check.
# The default branch: `mvn site` generates the status site and publishes it to GitHub Pages (Settings > Pages >
# Source: GitHub Actions). It also runs every hour, so that the site's clock (open incidents, overdue postmortems)
# moves on when nobody pushes.
name: status

on:
  pull_request:
  push:
  schedule:
    - cron: '17 * * * *'
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: status-${{ github.ref }}
  cancel-in-progress: false      # never cancel a publish half-way

env:
  # sitrep is not on Maven Central yet: each job builds it from source once (Maven's cache keeps it afterwards).
  # When your builds get sitrep from Maven Central or from your own repository manager, delete this block and the
  # step "Install sitrep".
  SITREP_REPOSITORY: [=sitrepRepository]
  SITREP_REF: [=sitrepRef]

jobs:
  check:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write     # upload the SARIF report
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0         # full history: the base branch for pull-request mode, and the publication witness
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '17'
          cache: maven
      - name: Install sitrep
        run: |
          git clone --quiet --depth 1 --branch "$SITREP_REF" "$SITREP_REPOSITORY" "$RUNNER_TEMP/sitrep"
          mvn -B -q -f "$RUNNER_TEMP/sitrep/pom.xml" -DskipTests install
      # the build cache the last publication left (restored, never saved from a pull request): check reads only the
      # files that changed and, with templates of your own, tries only the pages they changed
      - uses: actions/cache/restore@v4
        with:
          path: target/sitrep-cache
          key: sitrep-${{ github.run_id }}
          restore-keys: sitrep-
      - name: Check incidents and postmortems
        run: mvn -B sitrep:check -Dsitrep.changedSince=origin/${{ github.base_ref }}
      - name: Upload findings to code scanning
        if: always() && hashFiles('target/sitrep/findings.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: target/sitrep/findings.sarif
          category: sitrep

  publish:
    # the default branch, whatever it is called; a schedule and a manual run use the default branch too
    if: >-
      github.event_name == 'schedule' || github.event_name == 'workflow_dispatch' ||
      (github.event_name == 'push' && github.ref_name == github.event.repository.default_branch)
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deploy.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: '17'
          cache: maven
      - name: Install sitrep
        run: |
          git clone --quiet --depth 1 --branch "$SITREP_REF" "$SITREP_REPOSITORY" "$RUNNER_TEMP/sitrep"
          mvn -B -q -f "$RUNNER_TEMP/sitrep/pom.xml" -DskipTests install
      # sitrep's build cache and the last site it published: a rebuild parses, renders and writes only what
      # changed, so that an update during an outage is published in seconds
      - uses: actions/cache@v4
        with:
          path: |
            target/sitrep-cache
            target/site/status
          key: sitrep-${{ github.run_id }}
          restore-keys: sitrep-
      - name: Generate the status site
        run: mvn -B site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: target/site/status
      - id: deploy
        uses: actions/deploy-pages@v4
