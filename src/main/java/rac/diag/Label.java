package rac.diag;

import rac.base.Span;

/**
 * A span with an optional message. Primary labels are underlined with {@code ^}, secondary ones
 * with {@code -}, as rustc does.
 */
public record Label(Span span, String message, boolean primary) {
    public Label {
        if (message == null) {
            message = "";
        }
    }
}
