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

    /**
     * The ports of entry, as the screening service's list names them (screening-service
     * {@code return/ports-of-entry/v1.yaml}). A port added there and not here is shown by its code.
     */
    private static final Map<String, String[]> PORTS = Map.ofEntries(
            Map.entry("DAC", new String[]{"Hazrat Shahjalal International Airport, Dhaka", "হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর, ঢাকা"}),
            Map.entry("CGP", new String[]{"Shah Amanat International Airport, Chattogram", "শাহ আমানত আন্তর্জাতিক বিমানবন্দর, চট্টগ্রাম"}),
            Map.entry("ZYL", new String[]{"Osmani International Airport, Sylhet", "ওসমানী আন্তর্জাতিক বিমানবন্দর, সিলেট"}),
            Map.entry("BENAPOLE", new String[]{"Benapole Land Port", "বেনাপোল স্থলবন্দর"}),
            Map.entry("DARSHANA", new String[]{"Darshana Land Port (rail)", "দর্শনা স্থলবন্দর (রেল)"}),
            Map.entry("AKHAURA", new String[]{"Akhaura Land Port", "আখাউড়া স্থলবন্দর"}),
            Map.entry("BURIMARI", new String[]{"Burimari Land Port", "বুড়িমারী স্থলবন্দর"}),
            Map.entry("HILI", new String[]{"Hili Land Port", "হিলি স্থলবন্দর"}),
            Map.entry("TAMABIL", new String[]{"Tamabil Land Port", "তামাবিল স্থলবন্দর"}));

    /** What a notice about a planned return says happened (docs/notifications.md, "The return from abroad"). */
    private static final Map<String, String[]> ARRIVAL_HEADLINES = Map.of(
            "PLANNED", new String[]{"An arrival is expected at your port", "আপনার বন্দরে একজনের আগমন প্রত্যাশিত"},
            "HELD", new String[]{"An arrival is expected for your service", "আপনার সেবার জন্য একজনের আগমন প্রত্যাশিত"},
            "REMINDER", new String[]{"An expected arrival begins tomorrow", "একটি প্রত্যাশিত আগমন আগামীকাল শুরু"},
            "ARRIVED", new String[]{"A return you planned has arrived", "আপনার পরিকল্পিত প্রত্যাবর্তন সম্পন্ন হয়েছে"},
            "MISSED", new String[]{"An expected arrival did not happen", "একটি প্রত্যাশিত আগমন ঘটেনি"});

    /** What the reader of each notice does next; a missed return's by how it became known. */
    private static final Map<String, String[]> ARRIVAL_ADVICE = Map.of(
            "PLANNED", new String[]{"The arrivals desk's list in Setu shows who is expected, as far as the person's consent allows.",
                    "সেতুতে আগমন ডেস্কের তালিকায় দেখুন কে আসছেন, ব্যক্তির সম্মতি যতটুকু অনুমতি দেয়।"},
            "HELD", new String[]{"The referral waits for the arrival: nothing to answer yet. It reaches your inbox to answer once the desk confirms the arrival.",
                    "রেফারেলটি আগমনের অপেক্ষায় আছে: এখন উত্তর দেওয়ার কিছু নেই। ডেস্ক আগমন নিশ্চিত করলে এটি উত্তরের জন্য আপনার ইনবক্সে আসবে।"},
            "REMINDER", new String[]{"Please be ready from tomorrow.", "অনুগ্রহ করে আগামীকাল থেকে প্রস্তুত থাকুন।"},
            "ARRIVED", new String[]{"The desk confirmed the arrival; the referrals held for it have gone to their providers.",
                    "ডেস্ক আগমন নিশ্চিত করেছে; এর জন্য অপেক্ষমাণ রেফারেলগুলো সেবাদাতাদের কাছে পাঠানো হয়েছে।"},
            "NO_SHOW", new String[]{"The desk at the port reported that the person did not come. The agency that owns the case finds out why and plans again; the NRM coordinators follow it up.",
                    "বন্দরের ডেস্ক জানিয়েছে যে ব্যক্তি আসেননি। কেসের মালিক সংস্থা কারণ খুঁজে আবার পরিকল্পনা করবে; এনআরএম সমন্বয়কারীরা বিষয়টি দেখবেন।"},
            "NOT_CONFIRMED", new String[]{"No desk confirmed the arrival by the end of the window. The agency that owns the case finds out why and plans again; the NRM coordinators follow it up.",
                    "সময়সীমা শেষ হওয়া পর্যন্ত কোনো ডেস্ক আগমন নিশ্চিত করেনি। কেসের মালিক সংস্থা কারণ খুঁজে আবার পরিকল্পনা করবে; এনআরএম সমন্বয়কারীরা বিষয়টি দেখবেন।"});

    /**
     * What a notice about a hand-over says happened (docs/notifications.md, "Hand-over"). The service knows no agency's
     * name (the directory's events name services, not organizations), so the sending agency is "another agency".
     */
    private static final Map<String, String[]> HAND_OVER_HEADLINES = Map.of(
            "PROPOSED", new String[]{"A case from another agency waits for your answer",
                    "অন্য একটি সংস্থার একটি কেস আপনার উত্তরের অপেক্ষায়"},
            "ACCEPTED", new String[]{"The agency you proposed a case to took it", "আপনি যে সংস্থাকে কেস হস্তান্তরের প্রস্তাব দিয়েছিলেন, তারা কেসটি গ্রহণ করেছে"},
            "DECLINED", new String[]{"The agency you proposed a case to declined it", "আপনি যে সংস্থাকে কেস হস্তান্তরের প্রস্তাব দিয়েছিলেন, তারা কেসটি নেয়নি"});

    /** What the reader of each hand-over notice does next. */
    private static final Map<String, String[]> HAND_OVER_ADVICE = Map.of(
            "PROPOSED", new String[]{"Open Hand-overs in Setu to accept the case, or to decline it with a reason. Once you accept, the case is your agency's.",
                    "সেতুতে হস্তান্তর খুলে কেসটি গ্রহণ করুন, অথবা কারণসহ প্রত্যাখ্যান করুন। গ্রহণ করলে কেসটি আপনার সংস্থার হবে।"},
            "ACCEPTED", new String[]{"The case is now theirs, and your agency no longer sees it. The hand-over stays under Hand-overs in Setu.",
                    "কেসটি এখন তাদের, আপনার সংস্থা আর এটি দেখতে পাবে না। হস্তান্তরটি সেতুর হস্তান্তর অংশে থাকবে।"},
            "DECLINED", new String[]{"The case stays with your agency. You may propose it to another agency under Hand-overs in Setu.",
                    "কেসটি আপনার সংস্থার কাছেই থাকছে। সেতুর হস্তান্তর অংশ থেকে অন্য কোনো সংস্থাকে প্রস্তাব দিতে পারেন।"});

    /** Why the receiving agency declined, as the agency that proposed the case reads it. */
    private static final Map<String, String[]> DECLINE_REASONS = Map.of(
            "NOT_OUR_AREA", new String[]{"the person's home is outside the areas that agency serves",
                    "ব্যক্তির বাড়ি ওই সংস্থার কর্মএলাকার বাইরে"},
            "NO_CAPACITY", new String[]{"that agency cannot take another case now", "ওই সংস্থা এখন আর কোনো কেস নিতে পারছে না"},
            "OTHER", new String[]{"another reason", "অন্য কোনো কারণ"});

    private Labels() {
    }

    public static String port(String code, String language) {
        return pick(PORTS, code, language);
    }

    public static String arrivalHeadline(String notice, String language) {
        return pick(ARRIVAL_HEADLINES, notice, language);
    }

    /** @param notice the notice's kind, or for a missed return how it became known ({@code NO_SHOW}, {@code NOT_CONFIRMED}) */
    public static String arrivalAdvice(String notice, String language) {
        return pick(ARRIVAL_ADVICE, notice, language);
    }

    /**
     * When the person is expected, {@code expected between 9 Dec 2026 and 14 Dec 2026} (one day: {@code expected on
     * 9 Dec 2026}), or when she arrived; in Bangla with Bangla digits and month names.
     */
    public static String window(LocalDate from, LocalDate to, String language) {
        boolean bangla = Language.BANGLA.equals(language);
        if (to == null || to.equals(from)) {
            return bangla ? day(from, language) + " তারিখে প্রত্যাশিত" : "expected on " + day(from, language);
        }
        return bangla ? day(from, language) + " থেকে " + day(to, language) + "-এর মধ্যে প্রত্যাশিত"
                : "expected between " + day(from, language) + " and " + day(to, language);
    }

    public static String arrivedOn(LocalDate on, String language) {
        return Language.BANGLA.equals(language) ? day(on, language) + " তারিখে পৌঁছেছেন" : "arrived on " + day(on, language);
    }

    public static String handOverHeadline(String notice, String language) {
        return pick(HAND_OVER_HEADLINES, notice, language);
    }

    public static String handOverAdvice(String notice, String language) {
        return pick(HAND_OVER_ADVICE, notice, language);
    }

    /** @param reason a {@code HandOverDeclineReason} code */
    public static String declineReason(String reason, String language) {
        return pick(DECLINE_REASONS, reason, language);
    }

    static boolean knowsHandOverWords(String code) {
        return HAND_OVER_HEADLINES.containsKey(code) && HAND_OVER_ADVICE.containsKey(code);
    }

    static boolean knowsDeclineReason(String code) {
        return DECLINE_REASONS.containsKey(code);
    }

    static boolean knowsPort(String code) {
        return PORTS.containsKey(code);
    }

    static java.util.Set<String> arrivalWords() {
        java.util.Set<String> all = new java.util.TreeSet<>(ARRIVAL_HEADLINES.keySet());
        all.addAll(ARRIVAL_ADVICE.keySet());
        return all;
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
