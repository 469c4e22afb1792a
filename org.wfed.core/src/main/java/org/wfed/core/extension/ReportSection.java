package org.wfed.core.extension;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the annual work summary (年度工作总结) a module drafts: paragraphs in Chinese with
 * placeholders {@code {indicator.id}} that reporting fills with the computed, linked figures.
 */
@ConsumerType
public interface ReportSection {

    /** The summary's sections in the order of the genre. */
    List<String> SECTIONS = List.of("guiding", "organisation", "outreach", "family", "rights", "care",
            "employment", "problems", "plan");

    /** Stable id, e.g. {@code elections.summary}. */
    String id();

    /** One of {@link #SECTIONS}. */
    String section();

    /** Order inside the section. */
    default int order() {
        return 100;
    }

    String titleZh();

    /** The paragraphs, with {@code {indicator.id}} placeholders. */
    List<String> paragraphsZh();
}
