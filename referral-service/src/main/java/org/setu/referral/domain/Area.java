package org.setu.referral.domain;

/** One area a service accepts people from: a level and a geography code (null for NATIONAL). */
public record Area(AreaLevel level, String id) {

    public Area {
        if (level == null) throw new IllegalArgumentException("an area has a level");
        if (level != AreaLevel.NATIONAL && (id == null || id.isBlank())) {
            throw new IllegalArgumentException("a " + level.name().toLowerCase() + " area needs its code");
        }
        if (level == AreaLevel.NATIONAL) id = null;
    }

    public static Area national() {
        return new Area(AreaLevel.NATIONAL, null);
    }
}
