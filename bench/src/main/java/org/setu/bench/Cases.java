package org.setu.bench;

import java.util.ArrayList;
import java.util.List;

/** Cases made before a load (screenings that find no need), once the referral service has heard of each. */
final class Cases {

    private Cases() {
    }

    static List<String> make(String caseworkerToken, int count, Screenings.Place at) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Api.post(Load.SCREENING + "/api/v1/screenings", caseworkerToken, Screenings.quiet(at)).get("caseId").asText());
        }
        long until = System.currentTimeMillis() + 60_000;
        for (String id : ids) {
            // a match preview answers 200 once the referral service holds the case's facts (its referral list stays
            // 404 while the case has no referral)
            while (Api.status(Load.REFERRAL + "/api/v1/matches?category=PSYCHOSOCIAL&caseId=" + id, caseworkerToken) != 200) {
                if (System.currentTimeMillis() > until) throw new IllegalStateException("the referral service never heard of case " + id);
                Thread.sleep(200);
            }
        }
        return ids;
    }
}
