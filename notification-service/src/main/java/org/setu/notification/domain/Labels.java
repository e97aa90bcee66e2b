package org.setu.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The words a notification is made of, in English and Bangla: what happened, the service category and the
 * urgency. Templates arrange them; keeping them here makes the vocabulary testable and complete.
 */
public final class Labels {

    /** Deadlines are shown in Bangladesh time, where the providers are. */
    public static final ZoneId BANGLADESH = ZoneId.of("Asia/Dhaka");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC+06:00'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String[] BANGLA_MONTHS = {"জানুয়ারী", "ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
            "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"};

    private static final Map<String, String[]> HEADLINES = Map.ofEntries(
            Map.entry("created", new String[]{"A referral was created", "একটি রেফারেল তৈরি হয়েছে"}),
            Map.entry("sent", new String[]{"New referral for your service", "আপনার সেবার জন্য নতুন রেফারেল"}),
            Map.entry("accepted", new String[]{"Your referral was accepted", "আপনার রেফারেল গৃহীত হয়েছে"}),
            Map.entry("declined", new String[]{"Your referral was declined", "আপনার রেফারেল প্রত্যাখ্যাত হয়েছে"}),
            Map.entry("expired", new String[]{"Your referral expired without an answer", "উত্তর ছাড়াই আপনার রেফারেলের মেয়াদ শেষ হয়েছে"}),
            Map.entry("started", new String[]{"Service delivery started", "সেবা প্রদান শুরু হয়েছে"}),
            Map.entry("completed", new String[]{"Your referral was completed", "আপনার রেফারেল সম্পন্ন হয়েছে"}),
            Map.entry("cancelled", new String[]{"A referral was cancelled", "একটি রেফারেল বাতিল হয়েছে"}),
            Map.entry("escalated", new String[]{"A referral needs the NRM coordinators", "একটি রেফারেলে এনআরএম সমন্বয়কারীদের পদক্ষেপ প্রয়োজন"}),
            Map.entry("ping", new String[]{"Test message from Setu", "সেতু থেকে পরীক্ষামূলক বার্তা"}));

    private static final Map<String, String[]> CATEGORIES = Map.ofEntries(
            Map.entry("SHELTER", new String[]{"Shelter", "আশ্রয়"}),
            Map.entry("MEDICAL", new String[]{"Medical care", "চিকিৎসা"}),
            Map.entry("PSYCHOSOCIAL", new String[]{"Psychosocial support", "মনোসামাজিক সহায়তা"}),
            Map.entry("LEGAL_AID", new String[]{"Legal aid", "আইনি সহায়তা"}),
            Map.entry("CHILD_PROTECTION", new String[]{"Child protection", "শিশু সুরক্ষা"}),
            Map.entry("FAMILY_TRACING", new String[]{"Family tracing", "পরিবার অনুসন্ধান"}),
            Map.entry("REPATRIATION", new String[]{"Repatriation", "প্রত্যাবাসন"}),
            Map.entry("REINTEGRATION", new String[]{"Reintegration", "পুনরেকত্রীকরণ"}),
            Map.entry("DOCUMENTATION", new String[]{"Documentation", "কাগজপত্র"}),
            Map.entry("INTERPRETATION", new String[]{"Interpretation", "দোভাষী সেবা"}),
            Map.entry("FINANCIAL_ASSISTANCE", new String[]{"Financial assistance", "আর্থিক সহায়তা"}),
            Map.entry("EDUCATION", new String[]{"Education", "শিক্ষা"}),
            Map.entry("LAW_ENFORCEMENT", new String[]{"Law enforcement", "আইন প্রয়োগ"}));

    private static final Map<String, String[]> URGENCIES = Map.of(
            "IMMEDIATE", new String[]{"Immediate (answer within 24 hours)", "জরুরি (২৪ ঘণ্টার মধ্যে উত্তর দিন)"},
            "HIGH", new String[]{"High (answer within 72 hours)", "উচ্চ (৭২ ঘণ্টার মধ্যে উত্তর দিন)"},
            "ROUTINE", new String[]{"Routine (answer within 14 days)", "সাধারণ (১৪ দিনের মধ্যে উত্তর দিন)"});

    private Labels() {
    }

    public static String headline(String kind, String language) {
        return pick(HEADLINES, kind, language);
    }

    public static String category(String code, String language) {
        return pick(CATEGORIES, code, language);
    }

    public static String urgency(String code, String language) {
        return pick(URGENCIES, code, language);
    }

    /** The deadline in Bangladesh time, with Bangla digits for a Bangla reader; empty when no answer is awaited. */
    public static String deadline(Instant dueAt, String language) {
        if (dueAt == null) return "";
        String text = DEADLINE.format(dueAt.atZone(BANGLADESH));
        return Language.BANGLA.equals(language) ? banglaDigits(text) : text;
    }

    /**
     * A day of a plan, as a reader writes it: {@code 10 Dec 2026}, or in Bangla with Bangla digits and the month's
     * Bangla name, {@code ১০ ডিসেম্বর ২০২৬} (the names the portal shows, from CLDR). The names are listed here
     * rather than taken from the JVM's locale data, which a slim runtime may lack.
     */
    public static String day(LocalDate day, String language) {
        if (day == null) return "";
        if (!Language.BANGLA.equals(language)) return DAY.format(day);
        return banglaDigits(day.getDayOfMonth() + " " + BANGLA_MONTHS[day.getMonthValue() - 1] + " " + day.getYear());
    }

    static String banglaDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) ('০' + (c - '0')) : c);
        return out.toString();
    }

    static boolean knows(String kind) {
        return HEADLINES.containsKey(kind);
    }

    private static String pick(Map<String, String[]> labels, String code, String language) {
        String[] both = labels.get(code);
        if (both == null) return code;   // a code we have no words for yet is still better than nothing
        return Language.BANGLA.equals(language) ? both[1] : both[0];
    }
}
