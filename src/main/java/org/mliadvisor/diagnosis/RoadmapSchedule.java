package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Effort;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places ranked recommendations on the roadmap, the one place its formula lives:
 * <ul>
 *   <li>the first wave takes the ranks in order, up to {@code planning.first_wave_size} initiatives at once and, of
 *       those, {@code planning.high_effort_at_once} high-effort ones (no five IT projects side by side); one that would
 *       exceed either, or whose prerequisite waits, waits too; the rest form the next wave, started after the
 *       re-assessment that closes the first;</li>
 *   <li>a first-wave initiative starts at its roadmap step's first week, but no later than the week of its rank
 *       (rank 1 starts in week 1, rank 3 by week 3): the first actions never wait for their step;</li>
 *   <li>one the firm's context makes time-critical ({@code start_early_when}) starts in week 1;</li>
 *   <li>one that needs a prerequisite starts at least a week after it;</li>
 *   <li>its impact is expected {@code weeks_to_impact} weeks after it starts; later than the roadmap's last
 *       week is said to be.</li>
 * </ul>
 */
final class RoadmapSchedule {

    private RoadmapSchedule() {
    }

    static Map<String, Schedule> plan(List<RecommendationCandidate> ranked, List<Precedence> precedences, Set<String> early,
                                      KnowledgeBase kb) {
        int waveSize = kb.method().firstWaveSize();
        int highEffortRoom = kb.method().highEffortAtOnce();
        int horizon = kb.roadmap().maxWeeks();
        Map<String, Integer> starts = new HashMap<>();
        Map<String, Schedule> schedules = new LinkedHashMap<>();
        int inWave = 0;
        int highEffort = 0;
        for (RecommendationCandidate candidate : ranked) {
            Intervention intervention = candidate.applicable().intervention().intervention();
            boolean heavy = intervention.effort() == Effort.HIGH;
            boolean prerequisiteWaits = precedences.stream()
                    .anyMatch(p -> p.after().equals(intervention.id()) && !starts.containsKey(p.before()));
            if (inWave >= waveSize || (heavy && highEffort >= highEffortRoom) || prerequisiteWaits) {
                schedules.put(intervention.id(), Schedule.NEXT_WAVE);
                continue;
            }
            inWave++;
            highEffort += heavy ? 1 : 0;
            boolean startsEarly = early.contains(intervention.id());
            int stepStart = kb.roadmap().step(intervention.roadmapStep()).orElseThrow().fromWeek();
            int start = startsEarly ? 1 : Math.min(stepStart, inWave);
            for (Precedence p : precedences) {
                if (p.after().equals(intervention.id()) && starts.containsKey(p.before())) {
                    start = Math.max(start, starts.get(p.before()) + 1);
                }
            }
            starts.put(intervention.id(), start);
            int impact = start + intervention.weeksToImpact() - 1;
            schedules.put(intervention.id(), new Schedule(true, start, impact, startsEarly, impact > horizon));
        }
        return schedules;
    }
}
