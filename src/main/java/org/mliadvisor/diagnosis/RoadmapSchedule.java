package org.mliadvisor.diagnosis;

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
 *   <li>the first wave is the first {@code planning.first_wave_size} ranks (a prerequisite always ranks ahead of
 *       what needs it, so a wave never holds a practice without its backbone); the rest form the next wave,
 *       started after the re-assessment that closes the first;</li>
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
        int horizon = kb.roadmap().maxWeeks();
        Map<String, Integer> starts = new HashMap<>();
        Map<String, Schedule> schedules = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            Intervention intervention = ranked.get(i).applicable().intervention().intervention();
            if (i >= waveSize) {
                schedules.put(intervention.id(), Schedule.NEXT_WAVE);
                continue;
            }
            boolean startsEarly = early.contains(intervention.id());
            int stepStart = kb.roadmap().step(intervention.roadmapStep()).orElseThrow().fromWeek();
            int start = startsEarly ? 1 : Math.min(stepStart, i + 1);
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
