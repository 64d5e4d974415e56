package io.segmentation.models;

import java.util.Locale;
import java.util.Map;

import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;

/**
 * Whether an R/F/M cluster's name, the RFM segment its centroid scores in, is also the segment most of its members
 * are in; when it is not, or when no segment holds a majority, the profile says why in a sentence.
 */
final class NameAgreement {

    private NameAgreement() {
    }

    /**
     * The profile with its members' majority segment, that segment's share, the agreement and, when needed, a note.
     *
     * @param archetype the segment id the centroid scores in (the name's source)
     * @param members   member count per RFM segment id, not empty
     * @param size      the cluster's members, > 0
     */
    static ClusterProfile of(ClusterProfile profile, String archetype, Map<String, Long> members, long size,
                             RfmSegmentTable table) {
        String majority = null;
        long most = -1;
        for (RfmSegmentRule rule : table.rules()) { // why: ties go to the segment first in the table, as matching does
            long count = members.getOrDefault(rule.id(), 0L);
            if (count > most) {
                most = count;
                majority = rule.id();
            }
        }
        double share = ModelTraining.round((double) most / size);
        boolean agrees = majority.equals(archetype);
        String note = null;
        if (!agrees) {
            note = String.format(Locale.ROOT, "Named after its centroid, whose R, F and M score as %s; most members"
                    + " (%.0f%%) are %s. The cluster spans several RFM segments and its centroid, a mean of log-scaled"
                    + " values, falls in another one than most of its members.", nameOf(archetype, table), 100 * share,
                    nameOf(majority, table));
        } else if (share <= 0.5) {
            note = String.format(Locale.ROOT, "%s is the most common RFM segment of its members, but only %.0f%% of"
                    + " them are in it: the cluster spans several segments.", nameOf(archetype, table), 100 * share);
        }
        return new ClusterProfile(profile.id(), profile.name(), profile.archetype(), profile.description(),
                profile.centroid(), profile.size(), profile.share(), profile.revenue(), profile.revenueShare(), majority,
                share, agrees, note);
    }

    private static String nameOf(String id, RfmSegmentTable table) {
        return table.rules().stream().filter(r -> r.id().equals(id)).map(RfmSegmentRule::name).findFirst().orElse(id);
    }
}
