package org.mliadvisor.diagnosis;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.ContextFactor;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.RoadmapStep;
import org.mliadvisor.source.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Diagnoses assessments against one knowledge base: it inserts the knowledge base's facts and the
 * assessment's into a Drools session, lets the rules of {@code rules/*.drl} conclude, and assembles
 * their conclusions into a {@link Diagnosis}. Thread-safe; one instance serves many firms.
 *
 * <p>Sessions are reset and reused rather than created per diagnosis: a session keeps the memories
 * of the rule network it has built, which otherwise make up more than half the cost of a diagnosis.
 * A diagnosis takes an idle session from the pool and gives it back when done, so each session serves
 * one thread at a time ({@link RuleBase#newSession}).
 */
public final class Diagnostician implements AutoCloseable {

    private final KnowledgeBase kb;
    private final KnowledgeFacts knowledge;
    private final RuleBase rules;
    private final Map<String, Integer> kbOrder = new HashMap<>();
    private final List<SourceLocation> defaultWeightsWrittenAt;
    private final Queue<KieSession> idleSessions = new ConcurrentLinkedQueue<>();

    public Diagnostician(KnowledgeBase kb) {
        this(kb, RuleBase.shared());
    }

    public Diagnostician(KnowledgeBase kb, RuleBase rules) {
        this.kb = kb;
        this.knowledge = new KnowledgeFacts(kb);
        this.rules = rules;
        this.defaultWeightsWrittenAt = kb.dimensions().values().stream().map(d -> d.origin()).toList();
        int order = 0;
        for (String id : kb.interventions().keySet()) {
            kbOrder.put(id, order++);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The facts this knowledge base becomes, one line each, as the generic rules match them. */
    public List<String> describeFacts() {
        return knowledge.describe();
    }

    /** Runs the rules on one assessment, already checked against this knowledge base. */
    public Diagnosis diagnose(Assessment assessment) {
        return diagnose(assessment, null);
    }

    /** Runs the rules on one assessment and tells {@code firedRules} the id of each rule as it fires. */
    public Diagnosis diagnose(Assessment assessment, Consumer<String> firedRules) {
        Conclusions conclusions = new Conclusions();
        SurveyEvidence survey = survey(assessment);
        run(assessment, survey, RuleBase.PHASES.size(), firedRules, conclusions::take);
        return assemble(assessment, conclusions, survey);
    }

    /**
     * What the rules conclude for one assessment, without the explanations a report needs: the same session and rules as
     * {@link #diagnose}, and of the assembly only the ranking and the order of the findings. For a sample of many firms.
     */
    public Verdict conclude(Assessment assessment) {
        Conclusions conclusions = new Conclusions();
        SurveyEvidence survey = survey(assessment);
        run(assessment, survey, RuleBase.PHASES.size(), null, conclusions::take);
        conclusions.requireComplete();
        ConditionTrace trace = new ConditionTrace(knowledge, conclusions.outcomes);
        return new Verdict(assessment.organization(), conclusions.dimensions, conclusions.mli, binding(conclusions, trace),
                ranked(conclusions).stream().map(RecommendationCandidate::interventionId).toList(),
                findings(conclusions), survey);
    }

    /**
     * The binding constraint the rules decide for one assessment: the same session and rules as {@link #diagnose},
     * stopped once the binding constraint is decided (what runs after it reads it and never changes it), and nothing
     * else assembled. For callers that ask only that, many times: the weight robustness asks it once per piece of the
     * weight simplex.
     */
    public BindingOutcome binding(Assessment assessment) {
        BindingOutcome[] outcome = new BindingOutcome[1];
        run(assessment, survey(assessment), RuleBase.PHASES.indexOf(RuleBase.BINDING_DECISION) + 1, null, fact -> {
            if (fact instanceof BindingOutcome b) {
                outcome[0] = b;
            }
        });
        if (outcome[0] == null) {
            throw new IllegalStateException("the rules decided no binding constraint; check rules/*.drl");
        }
        return outcome[0];
    }

    /**
     * Inserts the knowledge base's and the assessment's facts, fires the first {@code phases} phases and hands over the
     * context as the rules read it (defaults included) and every fact the rules insert, as they insert it.
     */
    private void run(Assessment assessment, SurveyEvidence survey, int phases, Consumer<String> firedRules,
                     Consumer<Object> take) {
        KieSession kie;
        if (firedRules == null) {
            KieSession idle = idleSessions.poll();
            kie = idle != null ? idle : rules.newSession();
        } else {
            // a listener must not stay on a pooled session, so a listened-to diagnosis gets its own
            kie = rules.newSession();
            kie.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firedRules.accept(event.getMatch().getRule().getName());
                }
            });
        }
        boolean reusable = false;
        InsertedFacts concluded = new InsertedFacts(take);
        try {
            knowledge.facts().forEach(kie::insert);
            kie.insert(new WeightOption(kb.defaultWeights(), false, defaultWeightsWrittenAt));
            assessment.ownWeights().ifPresent(w -> kie.insert(new WeightOption(w, true,
                    List.of(SourceLocation.ofFile(assessment.source())))));
            assessment.indicators().forEach((id, raw) -> kie.insert(new IndicatorAnswer(id, raw)));
            assessment.kpis().values().forEach(kie::insert);
            if (survey != null) {
                survey.dimensions().values().forEach(kie::insert);
            }
            for (ContextFactor factor : kb.context().values()) {
                String stated = assessment.context().get(factor.id());
                ContextValue value = new ContextValue(factor.id(), stated == null ? factor.defaultValue() : stated, stated == null);
                kie.insert(value);
                take.accept(value);
            }
            Agenda agenda = kie.getAgenda();
            for (int i = phases - 1; i >= 0; i--) {
                agenda.getAgendaGroup(RuleBase.PHASES.get(i)).setFocus();
            }
            kie.addEventListener(concluded); // from here on every fact inserted is a rule's conclusion
            kie.fireAllRules();
            reusable = firedRules == null;
        } finally {
            kie.removeEventListener(concluded);
            if (reusable) {
                ((StatefulKnowledgeSessionImpl) kie).reset();
                idleSessions.offer(kie);
            } else {
                kie.dispose(); // after a failure its state is unknown: never reuse it
            }
        }
    }

    /**
     * Hands each fact on as it is inserted. The rules' conclusions are taken as they come, not from the session's store
     * afterwards: the rule base is immutable ({@link RuleBase}), so the store never keeps a conclusion that no rule
     * reads (the index, the confidence).
     */
    private static final class InsertedFacts extends DefaultRuleRuntimeEventListener {
        private final Consumer<Object> take;

        InsertedFacts(Consumer<Object> take) {
            this.take = take;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            take.accept(event.getObject());
        }
    }

    /** Releases the sessions kept for reuse. */
    @Override
    public void close() {
        for (KieSession session = idleSessions.poll(); session != null; session = idleSessions.poll()) {
            session.dispose();
        }
    }

    /** The conclusions of one session, sorted by kind. */
    private static final class Conclusions {
        AppliedWeights weights;
        MliScore mli;
        BindingOutcome binding;
        final List<IndicatorScore> indicatorScores = new ArrayList<>();
        final Map<Dimension, DimensionScore> dimensions = new EnumMap<>(Dimension.class);
        final Map<Dimension, DimensionShortfall> shortfalls = new EnumMap<>(Dimension.class);
        final Map<Dimension, KpiEvidence> evidence = new EnumMap<>(Dimension.class);
        final List<KpiGap> gaps = new ArrayList<>();
        final Map<Integer, ConditionOutcome> outcomes = new HashMap<>();
        final List<RecommendationCandidate> candidates = new ArrayList<>();
        final Map<String, ChosenVariant> variants = new HashMap<>();
        final List<Precedence> precedences = new ArrayList<>();
        final List<NeedsData> needsData = new ArrayList<>();
        final List<UndecidedGate> undecidedGates = new ArrayList<>();
        final List<UndecidedPrerequisite> undecidedPrerequisites = new ArrayList<>();
        final Map<String, ContextValue> context = new LinkedHashMap<>();
        final Set<String> earlyStarts = new HashSet<>();
        final List<ConsistencyFinding> findings = new ArrayList<>();
        final List<SurveyFinding> surveyFindings = new ArrayList<>();
        BindingConfidence confidence;

        void requireComplete() {
            if (weights == null || mli == null || binding == null || confidence == null
                    || dimensions.size() != Dimension.values().length) {
                throw new IllegalStateException("the rules drew no complete conclusion; check rules/*.drl");
            }
        }

        void take(Object fact) {
            if (fact instanceof IndicatorScore s) {
                indicatorScores.add(s);
            } else if (fact instanceof ConditionOutcomes o) {
                o.outcomes().forEach(outcome -> outcomes.put(outcome.nodeId(), outcome));
            } else if (fact instanceof DimensionScore d) {
                dimensions.put(d.dimension(), d);
            } else if (fact instanceof KpiGap g) {
                gaps.add(g);
            } else if (fact instanceof RecommendationCandidate c) {
                candidates.add(c);
            } else if (fact instanceof DimensionShortfall s) {
                shortfalls.put(s.dimension(), s);
            } else if (fact instanceof KpiEvidence e) {
                evidence.put(e.dimension(), e);
            } else if (fact instanceof ChosenVariant v) {
                variants.put(v.interventionId(), v);
            } else if (fact instanceof Precedence p) {
                precedences.add(p);
            } else if (fact instanceof NeedsData n) {
                needsData.add(n);
            } else if (fact instanceof UndecidedGate g) {
                undecidedGates.add(g);
            } else if (fact instanceof UndecidedPrerequisite u) {
                undecidedPrerequisites.add(u);
            } else if (fact instanceof EarlyStart e) {
                earlyStarts.add(e.interventionId());
            } else if (fact instanceof ContextValue c) {
                context.put(c.factorId(), c);
            } else if (fact instanceof AppliedWeights w) {
                weights = w;
            } else if (fact instanceof MliScore m) {
                mli = m;
            } else if (fact instanceof BindingOutcome b) {
                binding = b;
            } else if (fact instanceof ConsistencyFinding f) {
                findings.add(f);
            } else if (fact instanceof SurveyFinding f) {
                surveyFindings.add(f);
            } else if (fact instanceof BindingConfidence b) {
                confidence = b;
            }
        }
    }

    private Diagnosis assemble(Assessment assessment, Conclusions c, SurveyEvidence survey) {
        c.requireComplete();
        List<String> indicatorOrder = new ArrayList<>(kb.indicators().keySet());
        c.indicatorScores.sort(Comparator.comparingInt(s -> indicatorOrder.indexOf(s.indicatorId())));
        List<String> kpiOrder = new ArrayList<>(kb.kpis().keySet());
        c.gaps.sort(Comparator.comparingInt(g -> kpiOrder.indexOf(g.kpiId())));
        c.needsData.sort(Comparator.comparingInt(n -> kbOrder.get(n.interventionId())));
        ConditionTrace trace = new ConditionTrace(knowledge, c.outcomes);
        BindingOutcome binding = binding(c, trace);
        List<NeedsData> needsData = c.needsData.stream()
                .map(n -> n.withMissing(trace.support(knowledge.rootOf(n.interventionId()), Truth.UNKNOWN))).toList();
        List<UndecidedGate> undecidedGates = c.undecidedGates.stream()
                .sorted(Comparator.comparingInt(g -> g.gate().order()))
                .map(g -> g.withMissing(trace.support(g.gate().conditionId(), Truth.UNKNOWN))).toList();
        List<IndicatorDefinition> unanswered = kb.indicators().values().stream()
                .filter(i -> !assessment.indicators().containsKey(i.id())).toList();

        List<RecommendationCandidate> ranked = ranked(c);
        Map<String, Schedule> schedules = RoadmapSchedule.plan(ranked, c.precedences, c.earlyStarts, kb);
        List<Recommendation> recommendations = new ArrayList<>();
        for (RecommendationCandidate candidate : ranked) {
            recommendations.add(recommendation(recommendations.size() + 1, candidate, c, trace,
                    schedules.get(candidate.interventionId())));
        }
        List<String> firstWave = recommendations.stream().filter(Recommendation::firstWave).map(Recommendation::id).toList();
        List<String> nextWave = recommendations.stream().filter(r -> !r.firstWave()).map(Recommendation::id).toList();
        List<RoadmapPlanStep> roadmap = new ArrayList<>();
        List<RoadmapStep> steps = kb.roadmap().steps();
        for (RoadmapStep step : steps) {
            roadmap.add(new RoadmapPlanStep(step.step(), step.title(), step.fromWeek(), step.toWeek(), step.deliverables(),
                    recommendations.stream().filter(r -> r.firstWave() && r.roadmapStep() == step.step())
                            .map(Recommendation::id).toList(),
                    step == steps.get(0) ? firstWave : List.of(),
                    step == steps.get(steps.size() - 1) ? nextWave : List.of(),
                    step.origin()));
        }
        Map<String, ContextValue> context = new LinkedHashMap<>();
        kb.context().keySet().forEach(id -> context.put(id, c.context.get(id)));
        List<ConsistencyFinding> findings = findings(c);
        return new Diagnosis(assessment.organization(), assessment.assessedOn(), kb.info(), c.weights, context,
                c.indicatorScores, unanswered, c.dimensions, c.shortfalls, c.evidence, c.mli, c.gaps, binding,
                recommendations, needsData, undecidedGates, notRecommended(c, trace), roadmap,
                kb.roadmap().minWeeks(), kb.roadmap().maxWeeks(), kb.kpis(), findings, c.confidence.ordered(findings),
                survey, c.surveyFindings.stream().sorted(Comparator.comparing(SurveyFinding::dimension)
                        .thenComparing(SurveyFinding::kind)).toList());
    }

    /** The binding outcome, each gate that holds naming the comparisons that made it hold. */
    private static BindingOutcome binding(Conclusions c, ConditionTrace trace) {
        return c.binding.withGateEvidence(g -> trace.support(g.gate().conditionId(), Truth.TRUE));
    }

    /** The applicable interventions in rank order. */
    private List<RecommendationCandidate> ranked(Conclusions c) {
        return RecommendationRanking.rank(c.candidates, c.precedences, kbOrder::get);
    }

    /** The consistency findings in report order. */
    private List<ConsistencyFinding> findings(Conclusions c) {
        c.findings.sort(findingOrder());
        return c.findings;
    }

    /**
     * Findings in report order: contradictions, triangulations, then plausibility checks; within a kind,
     * by the check's place in the knowledge base (built-in checks last), then by dimension, indicator or KPI.
     */
    private Comparator<ConsistencyFinding> findingOrder() {
        List<String> indicatorOrder = new ArrayList<>(kb.indicators().keySet());
        List<String> kpiOrder = new ArrayList<>(kb.kpis().keySet());
        List<String> checks = new ArrayList<>(kb.consistency().stream().map(ConsistencyCheck::id).toList());
        checks.addAll(ConsistencyCheck.BUILT_IN);
        return Comparator.comparing(ConsistencyFinding::kind)
                .thenComparingInt(f -> checks.indexOf(f.id()))
                .thenComparingInt(f -> switch (f.kind()) {
                    case CONTRADICTION -> 0;
                    case TRIANGULATION -> f.dimensions().iterator().next().ordinal();
                    case PLAUSIBILITY -> f.kpis().isEmpty() ? indicatorOrder.indexOf(f.answers().keySet().iterator().next())
                            : indicatorOrder.size() + kpiOrder.indexOf(f.kpis().get(0));
                });
    }

    /** Every intervention whose condition came out false, with the comparisons that made it so. */
    private List<NotRecommended> notRecommended(Conclusions c, ConditionTrace trace) {
        List<NotRecommended> result = new ArrayList<>();
        for (Intervention intervention : kb.interventions().values()) {
            int root = knowledge.rootOf(intervention.id());
            ConditionOutcome outcome = c.outcomes.get(root);
            if (outcome != null && outcome.truth() == Truth.FALSE) {
                result.add(new NotRecommended(intervention, trace.support(root, Truth.FALSE),
                        knowledge.kindOf(root) == ConditionGroup.Kind.ANY));
            }
        }
        return result;
    }

    private Recommendation recommendation(int rank, RecommendationCandidate candidate, Conclusions c, ConditionTrace trace,
                                          Schedule schedule) {
        Intervention intervention = candidate.applicable().intervention().intervention();
        RoadmapStep step = kb.roadmap().step(intervention.roadmapStep()).orElseThrow();
        List<ConditionEvidence> held = trace.support(knowledge.rootOf(intervention.id()), Truth.TRUE);
        List<Precedence> prerequisites = c.precedences.stream().filter(p -> p.after().equals(intervention.id()))
                .sorted(Comparator.comparingInt(p -> kbOrder.get(p.before()))).toList();
        List<UndecidedPrerequisite> undecided = c.undecidedPrerequisites.stream()
                .filter(u -> u.interventionId().equals(intervention.id()))
                .sorted(Comparator.comparingInt(u -> kbOrder.get(u.prerequisiteId()))).toList();
        return new Recommendation(rank, intervention, step, candidate, held, c.variants.get(intervention.id()), prerequisites,
                undecided, schedule);
    }

    /** What the assessment's survey measures on the knowledge base's items; {@code null} without respondents. */
    private SurveyEvidence survey(Assessment assessment) {
        return assessment.respondents().isEmpty() ? null
                : SurveyEvidence.of(assessment.respondents(), kb.items(), kb.survey());
    }
}
