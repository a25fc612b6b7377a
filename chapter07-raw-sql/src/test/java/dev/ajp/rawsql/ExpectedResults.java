package dev.ajp.rawsql;

import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.SampleData.StudentData;
import java.util.ArrayList;
import java.util.List;

/** What the queries must return, derived from a data set (ids 1, 2, 3... in list order), not from the code tested. */
final class ExpectedResults {

    private ExpectedResults() {}

    /** The students older than {@code age}, in id order. */
    static List<StudentRow> olderThan(Dataset data, int age) {
        var rows = new ArrayList<StudentRow>();
        for (var i = 0; i < data.students().size(); i++) {
            var s = data.students().get(i);
            if (s.age() > age) {
                rows.add(new StudentRow(i + 1, s.name(), s.age(), s.grade()));
            }
        }
        return rows;
    }

    /** Every student's name, in id order: what an injected {@code OR 1=1} returns. */
    static List<String> everyName(Dataset data) {
        return data.students().stream().map(StudentData::name).toList();
    }
}
