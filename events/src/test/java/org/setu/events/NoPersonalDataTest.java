package org.setu.events;

import org.junit.jupiter.api.Test;
import org.setu.events.directory.ReferralContact;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka retention cannot erase, so no event record may even have a place to put a person's data. */
class NoPersonalDataTest {

    /** Field names that would hold who a person is, where they live, or words about them. */
    private static final Set<String> PERSONAL = Set.of("givenname", "familyname", "fullname", "firstname", "lastname",
            "dateofbirth", "birthdate", "documentnumber", "passportnumber", "nationalid", "nid", "address", "street",
            "phone", "email", "note", "notes", "comment", "comments", "trace", "answers", "description");

    /** A service's focal point is an organisation's contact, which the notification service needs to reach it. */
    private static final Set<Class<?>> ORGANISATIONAL = Set.of(ReferralContact.class);

    @Test
    void noEventRecordHasAFieldForPersonalData() {
        List<String> offending = new ArrayList<>();
        for (EventContract<?> contract : EventCatalog.all()) {
            collect(contract.payload(), contract.type() + "", offending, new HashSet<>());
        }
        assertThat(offending).isEmpty();
    }

    private static void collect(Class<?> type, String path, List<String> offending, Set<Class<?>> seen) {
        if (!type.isRecord() || ORGANISATIONAL.contains(type) || !seen.add(type)) return;
        for (RecordComponent component : type.getRecordComponents()) {
            String where = path + "." + component.getName();
            if (PERSONAL.contains(component.getName().toLowerCase(Locale.ROOT))) offending.add(where);
            collect(component.getType(), where, offending, seen);
            if (component.getGenericType() instanceof ParameterizedType list) {
                for (Type element : list.getActualTypeArguments()) {
                    if (element instanceof Class<?> c) collect(c, where + "[]", offending, seen);
                }
            }
        }
    }
}
