package rac.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** serde_json-compatible string escaping and the writer's layout. */
class JsonTest {
    @Test
    void escapesQuotesAndBackslashes() {
        assertEquals("\"a\\\"b\\\\c\"", Json.quote("a\"b\\c"));
    }

    @Test
    void namedControlEscapes() {
        assertEquals("\"\\n\\r\\t\\b\\f\"", Json.quote("\n\r\t\b\f"));
    }

    @Test
    void otherControlsAsLowercaseUnicodeEscapes() {
        assertEquals("\"\\u0000\\u0001\\u001b\\u001f\"", Json.quote("\u0000\u0001\u001b\u001f"));
    }

    @Test
    void delSlashAndNonAsciiAreLiteral() {
        assertEquals("\"\u007f/é日🎉\u2028\"", Json.quote("\u007f/é日🎉\u2028"));
    }

    @Test
    void writerLayout() {
        Json j = new Json();
        j.beginObject().name("a").value("x").name("b").beginArray().value(1).value(true).nullValue()
            .beginObject().endObject().endArray().name("c").value((String) null).endObject();
        assertEquals("{\"a\":\"x\",\"b\":[1,true,null,{}],\"c\":null}", j.toString());
    }
}
