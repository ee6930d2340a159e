package dev.sitrep;

import dev.sitrep.check.Checks;
import dev.sitrep.finding.Finding;
import dev.sitrep.finding.Findings;
import dev.sitrep.git.GitReview;
import dev.sitrep.parse.ReadResult;
import dev.sitrep.parse.RepositoryReader;
import dev.sitrep.source.SourceTree;

import java.util.List;

/**
 * The front door of sitrep. {@link #check} reads and checks a source tree; {@link #generate} also writes the site.
 * Bad input never throws: it becomes findings. Only failures that are not the input's fault throw
 * {@link SitrepException}.
 */
public final class Sitrep {

    private Sitrep() {
    }

    /** Reads every file of the source tree and checks it against every rule. */
    public static CheckResult check(SitrepOptions options) {
        Findings findings = new Findings();
        SourceTree tree = SourceTree.scan(options.sourceDirectory(), options.baseDirectory(), findings);
        ReadResult read = new RepositoryReader().read(tree, findings);
        Checks.run(read, options.now(), findings);
        List<Finding> all = GitReview.review(options, read, findings.sorted());
        return new CheckResult(all, read.repository(), tree.all().size());
    }
}
