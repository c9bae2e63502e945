package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsNestedValues() {
        Object v = Json.parse(" {\"a\": [1, -2, 3.5, true, false, null], \"b\": {\"c\": \"d\"}, \"e\": {}, \"f\": []} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("a", "b", "e", "f"), List.copyOf(m.keySet()));
        List<?> a = (List<?>) m.get("a");
        assertEquals(1L, a.get(0));
        assertEquals(-2L, a.get(1));
        assertEquals(3.5, a.get(2));
        assertEquals(true, a.get(3));
        assertEquals(false, a.get(4));
        assertNull(a.get(5));
        assertEquals(Map.of("c", "d"), m.get("b"));
        assertEquals(Map.of(), m.get("e"));
        assertEquals(List.of(), m.get("f"));
    }

    @Test
    void decodesEscapes() {
        assertEquals("a\"b\\c/d\n\t\r\b\féx", Json.parse("\"a\\\"b\\\\c\\/d\\n\\t\\r\\b\\f\\u00e9x\""));
        assertEquals("`;`", Json.parse("\"`;`\""));
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(Json.ParseException.class, () -> Json.parse("{\"a\": 1"));
        assertThrows(Json.ParseException.class, () -> Json.parse("{\"a\" 1}"));
        assertThrows(Json.ParseException.class, () -> Json.parse("[1, 2] x"));
        assertThrows(Json.ParseException.class, () -> Json.parse("\"bad \\q escape\""));
        assertThrows(Json.ParseException.class, () -> Json.parse("\"unterminated"));
        assertThrows(Json.ParseException.class, () -> Json.parse("tru"));
        assertThrows(Json.ParseException.class, () -> Json.parse(""));
        assertThrows(Json.ParseException.class, () -> Json.parse("{1: 2}"));
    }
}
