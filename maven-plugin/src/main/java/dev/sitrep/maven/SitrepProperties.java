package dev.sitrep.maven;

/**
 * The names of sitrep's user properties ({@code -Dsitrep.now=...}) and the defaults of its parameters, shared
 * by the Mojos, their tests and the documentation, so that a name is spelled in one place.
 */
public final class SitrepProperties {

    /** The incident repository: {@code sitrep.yaml} and the incident folders. */
    public static final String SOURCE_DIRECTORY = "sitrep.sourceDirectory";
    /** Where {@code generate} writes the site. */
    public static final String OUTPUT_DIRECTORY = "sitrep.outputDirectory";
    /** The clock, an ISO-8601 instant. */
    public static final String NOW = "sitrep.now";
    /** Whether warnings fail the build. */
    public static final String FAIL_ON_WARNING = "sitrep.failOnWarning";
    /** Whether to skip the goal. */
    public static final String SKIP = "sitrep.skip";
    /** Pull-request mode: the git ref the change is measured against. */
    public static final String CHANGED_SINCE = "sitrep.changedSince";

    /** The incident the authoring goals work on ({@code -Did=2026-11-20-checkout-errors}). */
    public static final String ID = "id";
    /** {@code sitrep:incident}: the new incident's title; {@code sitrep:init}: the new site's title. */
    public static final String TITLE = "title";
    /** {@code sitrep:init}: where the new site will be published. */
    public static final String BASE_URL = "baseUrl";
    /** {@code sitrep:incident}: a severity id of {@code sitrep.yaml}. */
    public static final String SEVERITY = "severity";
    /**
     * {@code sitrep:incident}: the affected components and their impact, {@code api:partial_outage,...};
     * {@code sitrep:init}: the new site's components, {@code api:Public API,...}.
     */
    public static final String COMPONENTS = "components";
    /** {@code sitrep:incident}: the incident commander. */
    public static final String COMMANDER = "commander";
    /** {@code sitrep:incident}: when impact began. */
    public static final String STARTED = "started";
    /** {@code sitrep:incident}: when the problem was detected. */
    public static final String DETECTED = "detected";
    /** {@code sitrep:incident} and {@code sitrep:update}: when someone took the incident on. */
    public static final String ACKNOWLEDGED = "acknowledged";
    /** {@code sitrep:update}: the new status. */
    public static final String STATUS = "status";
    /** {@code sitrep:incident} and {@code sitrep:update}: the update's text. */
    public static final String MESSAGE = "message";
    /** {@code sitrep:postmortem}: the authors, separated by commas. */
    public static final String AUTHORS = "authors";
    /** {@code sitrep:announce}: a file to write the announcements to as well. */
    public static final String ANNOUNCE_FILE = "sitrep.announceFile";

    /** Where sitrep keeps what it needs between builds. */
    public static final String CACHE_DIRECTORY = "sitrep.cacheDirectory";
    /** The default of {@link #CACHE_DIRECTORY}. */
    public static final String DEFAULT_CACHE_DIRECTORY = "${project.build.directory}/sitrep-cache";

    /** The default of {@link #SOURCE_DIRECTORY}. */
    public static final String DEFAULT_SOURCE_DIRECTORY = "${project.basedir}/incidents";
    /** The default of {@link #OUTPUT_DIRECTORY}. */
    public static final String DEFAULT_OUTPUT_DIRECTORY = "${project.reporting.outputDirectory}/status";
    /** Where {@code check} writes its SARIF report. */
    public static final String SARIF_FILE = "${project.build.directory}/sitrep/findings.sarif";
    /** Where {@code check} writes its GitLab Code Quality report. */
    public static final String CODE_QUALITY_FILE = "${project.build.directory}/sitrep/gl-code-quality-report.json";

    /** The environment variable GitHub Actions sets to {@code true} on its runners. */
    public static final String GITHUB_ACTIONS = "GITHUB_ACTIONS";
    /** The environment variable naming the folder GitHub Actions checks the repository out into. */
    public static final String GITHUB_WORKSPACE = "GITHUB_WORKSPACE";
    /** The environment variable naming the folder GitLab CI checks the repository out into. */
    public static final String GITLAB_PROJECT_DIR = "CI_PROJECT_DIR";

    private SitrepProperties() {
    }
}
