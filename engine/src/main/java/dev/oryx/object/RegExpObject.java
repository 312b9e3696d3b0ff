package dev.oryx.object;

import dev.oryx.regexp.RegExpProgram;

/**
 * A RegExp instance (22.2.3.1 RegExpAlloc): an ordinary object with the internal slots
 * [[OriginalSource]], [[OriginalFlags]] and [[RegExpMatcher]] (the compiled program). Its own
 * "lastIndex" property is an ordinary data property defined by RegExpAlloc. The slots are unset
 * (null) between RegExpAlloc and RegExpInitialize and are replaced by {@code compile} (B.2.4.1).
 */
public final class RegExpObject extends JSObject {
    /** [[OriginalSource]]: the pattern text as given. */
    public String originalSource;
    /** [[OriginalFlags]]: the flags text as given (validated, so each flag at most once). */
    public String originalFlags;
    /** [[RegExpMatcher]]: the compiled pattern. */
    public RegExpProgram program;

    public RegExpObject(Shape shape) {
        super(shape);
    }

    @Override
    public String builtinTag() {
        return "RegExp";
    }
}
