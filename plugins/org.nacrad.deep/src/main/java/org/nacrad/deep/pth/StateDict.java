package org.nacrad.deep.pth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named tensors of a model, keys without any {@code module.} prefix, in file order; {@link #source()} names the origin. */
public final class StateDict {

    private final String source;
    private final Map<String, Tensor> tensors;

    public StateDict(String source, Map<String, Tensor> tensors) {
        this.source = source;
        this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    /** File name or other description of where the tensors came from, for error messages and provenance. */
    public String source() {
        return source;
    }

    public Map<String, Tensor> tensors() {
        return tensors;
    }

    public Tensor get(String key) {
        Tensor t = tensors.get(key);
        if (t == null) {
            throw new IllegalArgumentException(source + " has no tensor '" + key + "'");
        }
        return t;
    }

    public int size() {
        return tensors.size();
    }
}
