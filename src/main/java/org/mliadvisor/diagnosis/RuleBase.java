package org.mliadvisor.diagnosis;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled rules of {@code rules/*.drl}. Building a Drools rule base from DRL costs seconds, so
 * the build precompiles it ({@link RuleBaseCompiler}) and each process loads that once and reuses it;
 * when the precompiled form is missing or was made from other DRL, the DRL is compiled instead.
 */
public final class RuleBase {

    /** The rule files, one per reasoning area, in the order the engine runs them. */
    public static final List<String> RULE_FILES = List.of("scoring.drl", "survey.drl", "kpi-gaps.drl", "conditions.drl",
            "consistency.drl", "binding-constraint.drl", "interventions.drl");

    /** The phase that decides the binding constraint; no later phase changes it. */
    public static final String BINDING_DECISION = "binding-decision";

    /**
     * The named phases of the reasoning, in the order they run: each rule belongs to one (its
     * {@code ruleflow-group}), and a phase starts only when the one before has nothing left to fire, so
     * the order of the rules inside a file never changes a conclusion. Scoring: indicators and weights;
     * the survey's reading (which perceived scores are reliable, what the survey finds); then dimension scores (which need every indicator score), then the index; KPI gaps; the KB's
     * conditions; consistency of the answers; the binding constraint in four steps (the evidence, the
     * proposals, the near-tie break, the decision, each needing all of the one before); the confidence in
     * it, which reads both the findings and the decision; and the interventions.
     */
    public static final List<String> PHASES = List.of("scoring", "survey", "dimension-scores", "index", "kpi-gaps", "conditions",
            "consistency", "binding-evidence", "binding-proposals", "binding-tie-break", BINDING_DECISION,
            "consistency-confidence", "interventions");

    /** The reasoning areas, one per rule file and rule-id prefix, in the order they run. */
    public static final List<String> AREAS = List.of("scoring", "survey", "kpi-gaps", "conditions", "consistency", "binding",
            "interventions");

    static final String RESOURCE_DIR = "org/mliadvisor/rules/";
    static final String PRECOMPILED = RESOURCE_DIR + "rules.bin";

    private final KieBase kieBase;
    private final String origin;

    private RuleBase(KieBase kieBase, String origin) {
        this.kieBase = kieBase;
        this.origin = origin;
    }

    private static final class Shared {
        static final RuleBase INSTANCE = load();
    }

    /** Starts loading the process-wide rule base in the background, so it overlaps reading the inputs. */
    public static void preload() {
        Thread loader = new Thread(RuleBase::shared, "rule-base-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** The process-wide rule base, built on first use. */
    public static RuleBase shared() {
        return Shared.INSTANCE;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A new session on this rule base, for one thread at a time: Drools otherwise guards every propagation against
     * facts inserted from other threads while the rules fire, which a diagnosis never does (0.90-0.94x the CPU of a
     * diagnosis, measured in one JVM).
     */
    public KieSession newSession() {
        KieSessionConfiguration configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        return kieBase.newKieSession(configuration, null);
    }

    /** {@code precompiled} or {@code compiled from DRL}. */
    public String origin() {
        return origin;
    }

    /** Loads the precompiled rules when they match the DRL on the class path, else compiles the DRL. */
    public static RuleBase load() {
        List<byte[]> sources = readSources();
        String digest = digest(sources);
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(PRECOMPILED)) {
            if (in != null) {
                try (ObjectInputStream objects = new DroolsObjectInputStream(in, RuleBase.class.getClassLoader())) {
                    String madeFrom = (String) objects.readObject();
                    if (madeFrom.equals(digest)) {
                        @SuppressWarnings("unchecked")
                        Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
                        return new RuleBase(newKieBase(packages), "precompiled");
                    }
                }
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // an unreadable precompiled form is only a slower start: compile the DRL below
        }
        return new RuleBase(newKieBase(compile(sources)), "compiled from DRL");
    }

    /** Compiles the DRL afresh, ignoring any precompiled form. */
    public static RuleBase compileFresh() {
        return new RuleBase(newKieBase(compile(readSources())), "compiled from DRL");
    }

    /** Compiles the given DRL, one text per name of {@link #RULE_FILES}, in that order. */
    static RuleBase compile(Map<String, String> sources) {
        List<byte[]> bytes = RULE_FILES.stream()
                .map(f -> sources.get(f).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();
        return new RuleBase(newKieBase(compile(bytes)), "compiled from DRL");
    }

    /** The DRL of each rule file, by file name, in firing order. */
    public static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        List<byte[]> bytes = readSources();
        for (int i = 0; i < RULE_FILES.size(); i++) {
            sources.put(RULE_FILES.get(i), new String(bytes.get(i), java.nio.charset.StandardCharsets.UTF_8));
        }
        return sources;
    }

    /** Writes the precompiled form of the DRL on the class path, tagged with the DRL's digest. */
    static void writePrecompiled(OutputStream out) throws IOException {
        List<byte[]> sources = readSources();
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
            objects.writeObject(digest(sources));
            objects.writeObject(new ArrayList<>(compile(sources)));
        }
    }

    private static Collection<KiePackage> compile(List<byte[]> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (int i = 0; i < sources.size(); i++) {
            builder.add(ResourceFactory.newByteArrayResource(sources.get(i))
                    .setSourcePath(RESOURCE_DIR + RULE_FILES.get(i)), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException("the rules do not compile: " + builder.getErrors());
        }
        return builder.getKnowledgePackages();
    }

    private static KieBase newKieBase(Collection<KiePackage> packages) {
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration();
        // the rule base never changes once built: a session then keeps its facts in a plain identity map instead of
        // per-class stores it rebuilds after every reset (0.90x the CPU of a diagnosis), and drops from its store
        // every fact no rule reads, which is why Diagnostician takes the conclusions as they are inserted
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        KieBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        ((InternalRuleBase) base).addPackages(packages);
        return base;
    }

    private static List<byte[]> readSources() {
        List<byte[]> sources = new ArrayList<>();
        for (String file : RULE_FILES) {
            try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("rule file " + file + " is missing from the class path");
                }
                sources.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static String digest(List<byte[]> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (byte[] source : sources) {
                all.writeBytes(source);
                all.write(0);
            }
            return HexFormat.of().formatHex(sha.digest(all.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
