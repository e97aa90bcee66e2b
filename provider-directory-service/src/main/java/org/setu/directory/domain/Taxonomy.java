package org.setu.directory.domain;

import org.setu.events.directory.LocalizedText;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The Setu taxonomy: the 13 service categories with the labels portals show, in English and Bangla. */
public final class Taxonomy {

    public static final String NAME = "setu";

    public record Term(ServiceCategory code, LocalizedText label, LocalizedText description) {
    }

    private static final Map<ServiceCategory, Term> TERMS = new EnumMap<>(ServiceCategory.class);

    static {
        term(ServiceCategory.SHELTER, "Shelter", "আশ্রয়", "Safe accommodation", "নিরাপদ আবাসন");
        term(ServiceCategory.MEDICAL, "Medical care", "চিকিৎসা সেবা", "Health care and treatment", "স্বাস্থ্যসেবা ও চিকিৎসা");
        term(ServiceCategory.PSYCHOSOCIAL, "Psychosocial support", "মনোসামাজিক সহায়তা",
                "Counselling and psychosocial support", "কাউন্সেলিং ও মনোসামাজিক সহায়তা");
        term(ServiceCategory.LEGAL_AID, "Legal aid", "আইনি সহায়তা", "Legal advice and representation", "আইনি পরামর্শ ও প্রতিনিধিত্ব");
        term(ServiceCategory.CHILD_PROTECTION, "Child protection", "শিশু সুরক্ষা",
                "Protection and care of children", "শিশুদের সুরক্ষা ও যত্ন");
        term(ServiceCategory.FAMILY_TRACING, "Family tracing", "পরিবার অনুসন্ধান",
                "Tracing and reunifying families", "পরিবার খুঁজে বের করা ও পুনর্মিলন");
        term(ServiceCategory.REPATRIATION, "Repatriation", "প্রত্যাবাসন", "Safe return home", "নিরাপদে দেশে ফেরা");
        term(ServiceCategory.REINTEGRATION, "Reintegration", "পুনর্একত্রীকরণ",
                "Support to rebuild life in the community", "সমাজে জীবন পুনর্গঠনে সহায়তা");
        term(ServiceCategory.DOCUMENTATION, "Documentation", "নথিপত্র",
                "Identity and travel documents", "পরিচয় ও ভ্রমণের নথিপত্র");
        term(ServiceCategory.INTERPRETATION, "Interpretation", "দোভাষী সেবা",
                "Interpreting and translation", "দোভাষী ও অনুবাদ সেবা");
        term(ServiceCategory.FINANCIAL_ASSISTANCE, "Financial assistance", "আর্থিক সহায়তা",
                "Cash and livelihood support", "নগদ ও জীবিকা সহায়তা");
        term(ServiceCategory.EDUCATION, "Education", "শিক্ষা", "Schooling and skills training", "বিদ্যালয় ও দক্ষতা প্রশিক্ষণ");
        term(ServiceCategory.LAW_ENFORCEMENT, "Law enforcement", "আইন প্রয়োগ",
                "Police protection and investigation", "পুলিশি সুরক্ষা ও তদন্ত");
    }

    private Taxonomy() {
    }

    private static void term(ServiceCategory c, String en, String bn, String descEn, String descBn) {
        TERMS.put(c, new Term(c, new LocalizedText(en, bn), new LocalizedText(descEn, descBn)));
    }

    public static List<Term> terms() {
        return Arrays.stream(ServiceCategory.values()).map(TERMS::get).toList();
    }

    public static Term of(ServiceCategory category) {
        return TERMS.get(category);
    }
}
