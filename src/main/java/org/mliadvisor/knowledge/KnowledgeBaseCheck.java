package org.mliadvisor.knowledge;

import org.mliadvisor.source.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks of a loaded knowledge base that point at likely mistakes without making it unusable:
 * they are warnings, which {@code mli kb validate --strict} turns into errors.
 */
public final class KnowledgeBaseCheck {

    private KnowledgeBaseCheck() {
    }

    /** Every warning about {@code kb}, in file order. */
    public static List<Problem> warnings(KnowledgeBase kb) {
        List<Problem> warnings = new ArrayList<>();
        return warnings.stream().sorted().toList();
    }
}
